/**
 * Rule checkers for verifiable instructions (the IFEval families: length, format, case, language,
 * keywords, JSON, bullets…). A checker returns true (followed), false (violated) or undefined when
 * it cannot decide (not evaluable) — it never guesses.
 */
import { detectLanguage } from './language.js';
import { splitSentences } from './text.js';

export type InstructionKwargs = Record<string, unknown>;

/** One verifiable instruction: an IFEval-style id (e.g. `punctuation:no_comma`) and its arguments. */
export interface VerifiableInstruction {
  id: string;
  kwargs?: InstructionKwargs;
  /** The instruction's text, when it was parsed from a prompt. */
  text?: string;
}

type Checker = (response: string, kwargs: InstructionKwargs) => boolean | undefined;

const num = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))
      ? Number(value)
      : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compare(actual: number, relation: unknown, target: number | undefined): boolean | undefined {
  if (target === undefined) return undefined;
  if (relation === 'less than') return actual < target;
  if (relation === 'at least') return actual >= target;
  return undefined;
}

function hasCased(text: string): boolean {
  return text.toLowerCase() !== text.toUpperCase();
}

const CHECKERS: Record<string, Checker> = {
  'punctuation:no_comma': (r) => !r.includes(','),
  'length_constraints:number_words': (r, k) =>
    compare((r.match(/\w+/g) ?? []).length, k.relation, num(k.num_words)),
  'length_constraints:number_sentences': (r, k) =>
    compare(splitSentences(r, { lineBreaks: false }).length, k.relation, num(k.num_sentences)),
  'length_constraints:number_paragraphs': (r, k) => {
    const target = num(k.num_paragraphs);
    if (target === undefined) return undefined;
    const parts = r.split(/\s?\*\*\*\s?/);
    let count = parts.length;
    for (const [i, part] of parts.entries()) {
      if (part.trim()) continue;
      if (i === 0 || i === parts.length - 1) count--;
      else return false;
    }
    return count === target;
  },
  'length_constraints:nth_paragraph_first_word': (r, k) => {
    const target = num(k.num_paragraphs);
    const nth = num(k.nth_paragraph);
    const first = str(k.first_word)?.toLowerCase();
    if (target === undefined || nth === undefined || first === undefined) return undefined;
    const parts = r.split(/\n\n/);
    const count = parts.filter((p) => p.trim()).length;
    if (nth > count) return false;
    const paragraph = (parts[nth - 1] ?? '').trim();
    if (!paragraph) return false;
    const word = (paragraph.split(/\s+/)[0] ?? '').replace(/^['"]+/, '');
    let firstWord = '';
    for (const letter of word) {
      if ('.,?!\'"'.includes(letter)) break;
      firstWord += letter.toLowerCase();
    }
    return count === target && firstWord === first;
  },
  'change_case:english_lowercase': (r) => both(hasCased(r) && r === r.toLowerCase(), languageIs(r, 'en')),
  'change_case:english_capital': (r) => both(hasCased(r) && r === r.toUpperCase(), languageIs(r, 'en')),
  'change_case:capital_word_frequency': (r, k) =>
    compare(
      (r.match(/[A-Za-z0-9][\w'-]*/g) ?? []).filter((w) => hasCased(w) && w === w.toUpperCase()).length,
      k.capital_relation,
      num(k.capital_frequency),
    ),
  'keywords:existence': (r, k) => {
    const keywords = Array.isArray(k.keywords)
      ? k.keywords.filter((w): w is string => typeof w === 'string')
      : undefined;
    return keywords?.every((w) => new RegExp(escapeRegExp(w), 'i').test(r));
  },
  'keywords:forbidden_words': (r, k) => {
    const forbidden = Array.isArray(k.forbidden_words)
      ? k.forbidden_words.filter((w): w is string => typeof w === 'string')
      : undefined;
    return forbidden?.every((w) => !new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(r));
  },
  'keywords:frequency': (r, k) => {
    const keyword = str(k.keyword);
    if (!keyword) return undefined;
    return compare(
      (r.match(new RegExp(escapeRegExp(keyword), 'gi')) ?? []).length,
      k.relation,
      num(k.frequency),
    );
  },
  'keywords:letter_frequency': (r, k) => {
    const letter = str(k.letter)?.toLowerCase();
    if (letter?.length !== 1) return undefined;
    return compare(r.toLowerCase().split(letter).length - 1, k.let_relation, num(k.let_frequency));
  },
  'detectable_format:title': (r) =>
    (r.match(/<<[^\n]+>>/g) ?? []).some((t) => t.replace(/^<+|>+$/g, '').trim() !== ''),
  'detectable_format:json_format': (r) => {
    const body = r
      .trim()
      .replace(/^```(?:json|Json|JSON)?/, '')
      .replace(/```$/, '')
      .trim();
    try {
      JSON.parse(body);
      return true;
    } catch {
      return false;
    }
  },
  'detectable_format:number_highlighted_sections': (r, k) => {
    const target = num(k.num_highlights);
    if (target === undefined) return undefined;
    const single = (r.match(/\*[^\n*]*\*/g) ?? []).filter((h) => h.replace(/^\*|\*$/g, '').trim()).length;
    const double = (r.match(/\*\*[^\n*]*\*\*/g) ?? []).filter((h) =>
      h.replace(/^\*\*|\*\*$/g, '').trim(),
    ).length;
    return single + double >= target;
  },
  'detectable_format:number_bullet_lists': (r, k) => {
    const target = num(k.num_bullets);
    if (target === undefined) return undefined;
    const stars = (r.match(/^\s*\*[^*].*$/gm) ?? []).length;
    const dashes = (r.match(/^\s*-.*$/gm) ?? []).length;
    return stars + dashes === target;
  },
  'detectable_format:multiple_sections': (r, k) => {
    const splitter = str(k.section_spliter) ?? str(k.section_splitter);
    const target = num(k.num_sections);
    if (!splitter || target === undefined) return undefined;
    return r.split(new RegExp(`\\s?${escapeRegExp(splitter)}\\s?\\d+\\s?`)).length - 1 >= target;
  },
  'detectable_format:constrained_response': (r) =>
    ['My answer is yes.', 'My answer is no.', 'My answer is maybe.'].some((o) => r.trim().includes(o)),
  'detectable_content:number_placeholders': (r, k) => {
    const target = num(k.num_placeholders);
    return target === undefined ? undefined : (r.match(/\[.*?\]/g) ?? []).length >= target;
  },
  'detectable_content:postscript': (r, k) => {
    const marker = str(k.postscript_marker);
    if (!marker) return undefined;
    const pattern =
      marker === 'P.S.'
        ? /\s*p\.\s?s\..*$/m
        : marker === 'P.P.S'
          ? /\s*p\.\s?p\.\s?s.*$/m
          : new RegExp(`\\s*${escapeRegExp(marker.toLowerCase())}.*$`, 'm');
    return pattern.test(r.toLowerCase());
  },
  'combination:two_responses': (r) => {
    const parts = r.split('******');
    const valid: string[] = [];
    for (const [i, part] of parts.entries()) {
      if (part.trim()) valid.push(part);
      else if (i !== 0 && i !== parts.length - 1) return false;
    }
    return valid.length === 2 && valid[0]?.trim() !== valid[1]?.trim();
  },
  'combination:repeat_prompt': (r, k) => {
    const prompt = str(k.prompt_to_repeat);
    return prompt === undefined ? undefined : r.trim().toLowerCase().startsWith(prompt.trim().toLowerCase());
  },
  'startend:quotation': (r) => {
    const t = r.trim();
    return t.length > 1 && t.startsWith('"') && t.endsWith('"');
  },
  'startend:end_checker': (r, k) => {
    const phrase = str(k.end_phrase);
    return phrase === undefined
      ? undefined
      : r
          .trim()
          .replace(/^"+|"+$/g, '')
          .trim()
          .toLowerCase()
          .endsWith(phrase.trim().toLowerCase());
  },
  'language:response_language': (r, k) => {
    const language = str(k.language);
    if (!language) return undefined;
    const detected = detectLanguage(r);
    return detected === undefined ? undefined : detected === language;
  },
};

/** IFEval's case checks also require English; unknown language → not evaluable. */
function languageIs(text: string, language: string): boolean | undefined {
  const detected = detectLanguage(text);
  return detected === undefined ? undefined : detected === language;
}

/** Both hold → true; either fails → false; otherwise not evaluable. */
function both(a: boolean, b: boolean | undefined): boolean | undefined {
  if (!a || b === false) return false;
  return b;
}

export const CHECKABLE_INSTRUCTIONS: readonly string[] = Object.keys(CHECKERS);

/** Checks one instruction: true followed, false violated, undefined not evaluable. */
export function checkInstruction(response: string, instruction: VerifiableInstruction): boolean | undefined {
  const checker = CHECKERS[instruction.id];
  if (!checker) return undefined;
  try {
    return checker(response, instruction.kwargs ?? {});
  } catch {
    return undefined;
  }
}
