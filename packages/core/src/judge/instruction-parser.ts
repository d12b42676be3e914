/**
 * Extracts verifiable instructions from free-form prompt text with rules (IFEval phrasing and
 * common variants). What no rule recognises is left out, so it is reported as not evaluable.
 */
import type { VerifiableInstruction } from './instruction-checkers.js';
import { NUMBER_WORDS } from './text.js';

const N = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)';
const toNumber = (text: string | undefined): number =>
  NUMBER_WORDS[text?.toLowerCase() ?? ''] ?? Number(text);
const relation = (text: string | undefined): string =>
  /less|fewer|under|at most|no more|maximum|not exceed/i.test(text ?? '') ? 'less than' : 'at least';
/** "at most N" means < N+1 in IFEval's terms. */
const adjust = (rel: string | undefined, value: number): number =>
  /at most|no more|maximum|not exceed/i.test(rel ?? '') ? value + 1 : value;
/**
 * Items of a keyword list: quoted items if any ('a', "b", ['c']), else split on commas/and/or
 * (an Oxford comma included). A quoted passage longer than three words is text, not a keyword.
 */
const list = (text: string): string[] => {
  const quoted = [...text.matchAll(/["“'‘]([^"”'’]+)["”'’]/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((w) => w && w.split(/\s+/).length <= 3);
  if (quoted.length) return quoted;
  return text
    .split(/,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/)
    .map((w) => w.trim().replace(/^[[\]"'“‘]+|[[\]"'”’.]+$/g, ''))
    .filter((w) => w && w.split(/\s+/).length <= 3);
};
const CAPITAL_WORDS =
  /words? (?:in|with) all (?:capital letters|caps)|all-caps words|words? in all capitals/i;

const LANGUAGES: Record<string, string> = {
  english: 'en',
  german: 'de',
  french: 'fr',
  spanish: 'es',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
  russian: 'ru',
  arabic: 'ar',
  hindi: 'hi',
  bengali: 'bn',
  japanese: 'ja',
  korean: 'ko',
  chinese: 'zh',
  thai: 'th',
  greek: 'el',
  hebrew: 'he',
  finnish: 'fi',
  swahili: 'sw',
  vietnamese: 'vi',
  turkish: 'tr',
  polish: 'pl',
  persian: 'fa',
  farsi: 'fa',
  urdu: 'ur',
  marathi: 'mr',
  nepali: 'ne',
  tamil: 'ta',
  telugu: 'te',
  kannada: 'kn',
  gujarati: 'gu',
  punjabi: 'pa',
  malayalam: 'ml',
  ukrainian: 'uk',
  bulgarian: 'bg',
  indonesian: 'id',
  serbian: 'sr',
};

type Rule = (text: string) => VerifiableInstruction | undefined;

const RULES: Rule[] = [
  (t) =>
    /\b(?:not?|without|avoid|refrain from|doesn't|don't)\b[^.]{0,40}\bcommas?\b|\bcommas? (?:are|is) not allowed/i.test(
      t,
    )
      ? { id: 'punctuation:no_comma' }
      : undefined,
  (t) => {
    if (CAPITAL_WORDS.test(t)) return undefined;
    const m =
      new RegExp(
        `(less than|fewer than|at least|at most|no more than|more than|under|over|a minimum of|a maximum of)\\s+${N}\\s+words`,
        'i',
      ).exec(t) ?? new RegExp(`${N}\\+\\s*words?`, 'i').exec(t);
    if (!m) return undefined;
    const hasRelation = m.length > 2;
    const rel = hasRelation ? m[1] : 'at least';
    let value = toNumber(hasRelation ? m[2] : m[1]);
    if (/more than|over/i.test(rel ?? '')) value += 1;
    return {
      id: 'length_constraints:number_words',
      kwargs: { relation: relation(rel), num_words: adjust(rel, value) },
    };
  },
  (t) => {
    const m = new RegExp(
      `(less than|fewer than|at least|at most|no more than|more than|a minimum of|a maximum of)\\s+${N}\\s+sentences`,
      'i',
    ).exec(t);
    if (!m) return undefined;
    let value = toNumber(m[2]);
    if (/more than/i.test(m[1] ?? '')) value += 1;
    return {
      id: 'length_constraints:number_sentences',
      kwargs: { relation: relation(m[1]), num_sentences: adjust(m[1], value) },
    };
  },
  (t) =>
    /(?:all|only|entirely|must be)[^.]{0,30}\b(?:lowercase|lower case|lower-case)\b|\blowercase letters\b/i.test(
      t,
    ) && !/capital|not a single word|no lowercase/i.test(t)
      ? { id: 'change_case:english_lowercase' }
      : undefined,
  (t) =>
    /(?:all|entire)[^.]{0,40}\b(?:capital letters|uppercase|upper case|caps|capitalized)\b|not a single word[^.]*lowercase/i.test(
      t,
    ) && !CAPITAL_WORDS.test(t)
      ? { id: 'change_case:english_capital' }
      : undefined,
  (t) => {
    if (!CAPITAL_WORDS.test(t)) return undefined;
    const m = new RegExp(
      `(less than|fewer than|at least|at most|no more than)\\s+${N}\\s+(?:times|words)`,
      'i',
    ).exec(t);
    return m
      ? {
          id: 'change_case:capital_word_frequency',
          kwargs: { capital_relation: relation(m[1]), capital_frequency: adjust(m[1], toNumber(m[2])) },
        }
      : undefined;
  },
  (t) => {
    const m =
      /(?:do not|don't|never|avoid|must not|should not)\s+(?:include|use|mention|say|contain)\s+(?:the\s+|any of the\s+)?(?:keywords?|words?)\s+(.+?)(?:\s+in (?:the|your) (?:response|answer|reply)|\.(?:\s|$)|$)/i.exec(
        t,
      ) ??
      /\b(?:exclude|without using) the (?:keywords?|words?)\s+(.+?)(?:\s+in (?:the|your) (?:response|answer|reply)|\.(?:\s|$)|$)/i.exec(
        t,
      );
    return m?.[1] ? { id: 'keywords:forbidden_words', kwargs: { forbidden_words: list(m[1]) } } : undefined;
  },
  (t) => {
    if (
      /(?:do not|don't|never|avoid|must not|should not)\s+(?:include|use|contain)/i.test(t) ||
      /appear|times/i.test(t)
    )
      return undefined;
    const m =
      /\b(?:include|use|contain|mention) (?:the )?(?:keywords?|words?)\s+(.+?)(?:\s+in (?:the|your) (?:response|answer|reply)|\.(?:\s|$)|$)/i.exec(
        t,
      );
    return m?.[1] ? { id: 'keywords:existence', kwargs: { keywords: list(m[1]) } } : undefined;
  },
  (t) => {
    const m =
      new RegExp(
        `(?:the )?(?:word|keyword) ["“']?([\\w'-]+)["”']?(?: should)? (?:appears?|be used)\\s+(less than|at least|at most)\\s+${N}\\s+times`,
        'i',
      ).exec(t) ??
      new RegExp(
        `use the (?:word|keyword) ["“']?([\\w'-]+)["”']?\\s+(less than|at least|at most)\\s+${N}\\s+times`,
        'i',
      ).exec(t);
    return m
      ? {
          id: 'keywords:frequency',
          kwargs: { keyword: m[1], relation: relation(m[2]), frequency: adjust(m[2], toNumber(m[3])) },
        }
      : undefined;
  },
  (t) => {
    const m =
      new RegExp(
        `letter ["“']?([a-z])["”']?(?: should)? appears?\\s+(less than|at least|at most)\\s+${N}\\s+times`,
        'i',
      ).exec(t) ??
      new RegExp(
        `use the letter ["“']?([a-z])["”']?\\s+(less than|at least|at most)\\s+${N}\\s+times`,
        'i',
      ).exec(t);
    return m
      ? {
          id: 'keywords:letter_frequency',
          kwargs: {
            letter: m[1]?.toLowerCase(),
            let_relation: relation(m[2]),
            let_frequency: adjust(m[2], toNumber(m[3])),
          },
        }
      : undefined;
  },
  (t) =>
    /(?:wrap|enclose)[^.]*(?:response|answer|output|reply)[^.]*double quot|(?:wrapped|enclosed) (?:with|in) double quot|double quot[^.]*around[^.]*(?:response|answer|reply)/i.test(
      t,
    )
      ? { id: 'startend:quotation' }
      : undefined,
  (t) => (/double angular brackets|title[^.]*<</i.test(t) ? { id: 'detectable_format:title' } : undefined),
  (t) => {
    const m = new RegExp(
      `(?:highlight|italicize|have|include)\\s+(?:at least\\s+)?${N}\\s+(?:sections|parts|text sections|italic text sections|italic sections|highlighted sections)`,
      'i',
    ).exec(t);
    return m
      ? { id: 'detectable_format:number_highlighted_sections', kwargs: { num_highlights: toNumber(m[1]) } }
      : undefined;
  },
  (t) => {
    const m =
      new RegExp(`(?:exactly\\s+)?${N}\\s+bullet points`, 'i').exec(t) ??
      new RegExp(`exactly\\s+${N}\\s+[^.]{0,40}bullet points`, 'i').exec(t);
    return m
      ? { id: 'detectable_format:number_bullet_lists', kwargs: { num_bullets: toNumber(m[1]) } }
      : undefined;
  },
  (t) => {
    if (!/\*\*\*/.test(t) || /\*{6}/.test(t)) return undefined;
    const m = new RegExp(`${N}\\s+(?:paragraphs|parts|sections)`, 'i').exec(t);
    return m
      ? { id: 'length_constraints:number_paragraphs', kwargs: { num_paragraphs: toNumber(m[1]) } }
      : undefined;
  },
  (t) => {
    const count = new RegExp(`${N}\\s+paragraphs`, 'i').exec(t);
    const first =
      /(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+paragraph must start with (?:the )?word\s+["“']?([\w'-]+)/i.exec(
        t,
      );
    const ordinal: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
    const nth = first
      ? (ordinal[(first[1] ?? '').toLowerCase()] ?? Number.parseInt(first[1] ?? '', 10))
      : undefined;
    return count && first && nth
      ? {
          id: 'length_constraints:nth_paragraph_first_word',
          kwargs: { num_paragraphs: toNumber(count[1]), nth_paragraph: nth, first_word: first[2] },
        }
      : undefined;
  },
  (t) =>
    /\*{6}|six asterisk/i.test(t) && /two (?:different )?(?:responses|answers|versions)|2 different/i.test(t)
      ? { id: 'combination:two_responses' }
      : undefined,
  (t) => {
    const m = new RegExp(`at least\\s+${N}\\s+placeholders?`, 'i').exec(t);
    return m
      ? { id: 'detectable_content:number_placeholders', kwargs: { num_placeholders: toNumber(m[1]) } }
      : undefined;
  },
  (t) => {
    const m = /(?:postscript|note|p\.s\.)[^.]*?starting with\s+["“]?(P\.P\.S|P\.S\.|[A-Z][\w.]*)/i.exec(t);
    return m ? { id: 'detectable_content:postscript', kwargs: { postscript_marker: m[1] } } : undefined;
  },
  (t) => {
    const m =
      /(?:finish|end) (?:your|the) [\w ]{0,20}?with (?:this|the) exact phrase\s+["“']?(.+?)["”']?\.?\s+No other words/i.exec(
        t,
      ) ??
      /(?:finish|end) (?:your|the) [\w ]{0,20}?with (?:the phrase |the words |this phrase )?["“]([^"”]+)["”]/i.exec(
        t,
      );
    return m ? { id: 'startend:end_checker', kwargs: { end_phrase: m[1] } } : undefined;
  },
  (t) => {
    const m =
      /(?:response|answer|output|reply)[^.]{0,30}\bin ([A-Za-z]+)(?: language)?,? (?:and )?no other language/i.exec(
        t,
      ) ??
      /(?:respond|answer|write|reply) (?:only )?in ([A-Za-z]+)\b(?: language)?[^.]*no other language/i.exec(
        t,
      ) ??
      /(?:entire|whole) (?:response|answer|reply|output)[^.]{0,30}\b(?:in|be in|written in) ([A-Za-z]+)(?: language)?\b/i.exec(
        t,
      );
    const code = m ? LANGUAGES[m[1]?.toLowerCase() ?? ''] : undefined;
    return code ? { id: 'language:response_language', kwargs: { language: code } } : undefined;
  },
  (t) =>
    /(?:wrapped in|in|as valid|use) JSON format|output[^.]*JSON|JSON (?:code )?block/i.test(t)
      ? { id: 'detectable_format:json_format' }
      : undefined,
  (t) => {
    const m =
      new RegExp(
        `${N}\\s+sections\\.?\\s+Mark the beginning of each section with\\s+["“']?([A-Za-z]+)`,
        'i',
      ).exec(t) ?? new RegExp(`${N}\\s+sections:?\\s+["“']([A-Za-z]+)\\s+\\d`, 'i').exec(t);
    return m
      ? {
          id: 'detectable_format:multiple_sections',
          kwargs: { num_sections: toNumber(m[1]), section_spliter: m[2] },
        }
      : undefined;
  },
  (t) =>
    /My answer is yes\.?["”']?,?\s*["“']?My answer is no/i.test(t)
      ? { id: 'detectable_format:constrained_response' }
      : undefined,
];

/** Every verifiable instruction found in a prompt; one per kind at most. */
export function parseInstructions(prompt: string): VerifiableInstruction[] {
  const found: VerifiableInstruction[] = [];
  const sentences = prompt.split(/(?<=[.!?])\s+(?=[A-Z])|\n+/).filter((s) => s.trim());
  for (const rule of RULES) {
    for (const sentence of [...sentences, prompt]) {
      const hit = rule(sentence);
      if (!hit) continue;
      if (!found.some((f) => f.id === hit.id))
        found.push({ ...hit, text: sentence === prompt ? hit.id : sentence.trim() });
      break;
    }
  }
  // nth_paragraph_first_word subsumes a plain paragraph count.
  if (found.some((f) => f.id === 'length_constraints:nth_paragraph_first_word'))
    return found.filter((f) => f.id !== 'length_constraints:number_paragraphs');
  return found;
}
