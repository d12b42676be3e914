/**
 * Lexical faithfulness features of an answer against its context, per answer sentence and
 * aggregated: stem support by the whole context and by the best-matching context sentence,
 * unsupported content words (discourse words such as "based"/"provided" and
 * the question's own words do not count), numbers (times normalised to 24 h, number words to
 * digits), capitalised names the context lacks, and, for structured (JSON) contexts, fields the
 * data marks false that the answer asserts, true fields it denies, and weekdays the hours omit.
 */
import type { FaithfulnessTask } from './judge.types.js';
import { contentStems, isStopword, NUMBER_WORDS, numbers, splitSentences, stem, words } from './text.js';

export const REFUSAL =
  /\b(unable to answer|cannot answer|can't answer|not (?:possible|able) to (?:answer|determine)|no (?:relevant )?information (?:is )?(?:provided|available|given)|does not (?:provide|contain|mention)|do not (?:provide|contain|mention)|not mentioned in|i don't know)\b/i;

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nor',
  'neither',
  'without',
  'cannot',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "won't",
  "can't",
  "hasn't",
  "haven't",
  "hadn't",
  "shouldn't",
  "wouldn't",
  "couldn't",
  'lack',
  'lacks',
]);

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "7:30 pm" → "19:30", "noon" → "12:00", "twenty-nine" → "29", so both sides compare as digits. */
export function normaliseNumbers(text: string): string {
  return text
    .replace(
      /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/gi,
      (_, h: string, m: string | undefined, ap: string) => {
        let hour = Number(h) % 12;
        if (ap.toLowerCase() === 'p') hour += 12;
        return `${hour}:${m ?? '00'}`;
      },
    )
    .replace(/\bnoon\b/gi, '12:00')
    .replace(/\bmidnight\b/gi, '0:00')
    .replace(
      /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](two|three|four|five|six|seven|eight|nine|one)\b/gi,
      (_, tens: string, unit: string) =>
        String((NUMBER_WORDS[tens.toLowerCase()] ?? 0) + (NUMBER_WORDS[unit.toLowerCase()] ?? 1)),
    )
    .replace(
      /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/gi,
      (w: string) => String(NUMBER_WORDS[w.toLowerCase()]),
    );
}

interface StructuredField {
  /**
   * Content stems naming the field (distinctive ones only); empty when the key has a function word
   * ("TakeOut"), whose content stems alone ("tak") would match unrelated verbs.
   */
  stems: string[];
  /** The key's distinctive words joined ("takeout"), matched as one word. */
  joined: string;
  value: boolean;
}

/** Boolean-like leaves of a JSON context: `"OutdoorSeating": false`, `"WiFi": "no"`, `"lot": true`. */
function structuredFacts(context: string): {
  structured: boolean;
  fields: StructuredField[];
  days: Set<string>;
} {
  const days = new Set<string>();
  const trimmed = context.trim();
  const none = { structured: false, fields: [], days };
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return none;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return none;
  }
  if (typeof data !== 'object' || data === null) return none;
  const raw: { key: string[]; partial: boolean; value: boolean }[] = [];
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.some(([k]) => DAYS.includes(k.toLowerCase())))
        for (const [k] of entries) if (DAYS.includes(k.toLowerCase())) days.add(k.toLowerCase());
      for (const [k, v] of entries) walk(v, k);
    } else if (typeof value === 'boolean' || value === 'no' || value === 'none' || value === 'yes') {
      const keyWords = words(key);
      if (keyWords.length)
        raw.push({
          key: keyWords,
          partial: keyWords.some(isStopword),
          value: value === true || value === 'yes',
        });
    }
  };
  walk(data, '');
  // Stems shared by many keys ("restaurants", "good") do not name a field.
  const df = new Map<string, number>();
  for (const f of raw) for (const w of new Set(f.key)) df.set(w, (df.get(w) ?? 0) + 1);
  const out: StructuredField[] = [];
  for (const f of raw) {
    const distinctive = f.key.filter((w) => (df.get(w) ?? 0) <= 2);
    const stems = f.partial ? [] : distinctive.filter((w) => !isStopword(w)).map(stem);
    const joined = distinctive.join('');
    if (stems.length || distinctive.length > 1) out.push({ stems, joined, value: f.value });
  }
  return { structured: true, fields: out, days };
}

/** Words about the task rather than claims ("based on the provided passages …"): never unsupported. */
const DISCOURSE = new Set(
  `based provided given according passage passages context information answer question summary article data
structured overview objective json mentioned mentions mention sure here's additionally overall note noted specific
specifically however also regarding unable`.split(/\s+/),
);

export interface ContextIndex {
  stems: Set<string>;
  numbers: Set<string>;
  lowerWords: Set<string>;
  /** Content stems of each passage (a sentence; two pieces of a structured context), for alignment. */
  passages: Set<string>[];
  wordCount: number;
  structured: boolean;
  fields: StructuredField[];
  /** Weekdays that key an object of the structured context (opening hours); empty otherwise. */
  days: Set<string>;
}

export function indexContext(context: string): ContextIndex {
  const normalised = normaliseNumbers(context);
  const sentenceStems = splitSentences(normalised).map((s) => contentStems(s));
  const facts = structuredFacts(context);
  // Prose aligns sentence to sentence; serialised data splits mid-record, so two pieces at a time.
  const width = facts.structured ? 2 : 1;
  const passages: Set<string>[] = [];
  for (let i = 0; i < sentenceStems.length; i++)
    passages.push(new Set(sentenceStems.slice(i, i + width).flat()));
  return {
    stems: new Set(sentenceStems.flat()),
    numbers: new Set(numbers(normalised)),
    lowerWords: new Set(words(normalised)),
    passages,
    wordCount: words(context).length,
    structured: facts.structured,
    fields: facts.fields,
    days: facts.days,
  };
}

const AVAILABLE = new Set([
  'available',
  'offered',
  'provided',
  'allowed',
  'accepted',
  'included',
  'supported',
  'permitted',
  'an',
  'a',
]);
const CONTRAST = new Set(['but', 'while', 'whereas', 'however', 'although', 'though', 'yet', 'except']);

/**
 * Fields of a structured context the sentence contradicts: a false field asserted, a true field
 * denied (a negation up to 8 words before, or "… is not available" after, with no "but"/"while"
 * between), or a weekday the opening hours do not list.
 */
function structuredConflicts(tokens: string[], index: ContextIndex): string[] {
  const out: string[] = [];
  const stems = tokens.map((w) => (isStopword(w) ? '' : stem(w)));
  const negations: number[] = [];
  const barriers: number[] = [];
  for (const [i, w] of tokens.entries()) {
    if (NEGATIONS.has(w)) negations.push(i);
    if (CONTRAST.has(w)) barriers.push(i);
  }
  const open = (a: number, b: number) => !barriers.some((x) => x > Math.min(a, b) && x < Math.max(a, b));
  for (const field of index.fields) {
    const at = field.stems.length ? field.stems.map((s) => stems.indexOf(s)) : [tokens.indexOf(field.joined)];
    if (at.some((i) => i < 0)) continue;
    const first = Math.min(...at);
    const denied = negations.some(
      (n) =>
        ((n < first && first - n <= 8) ||
          (n > first && n - first <= 4 && AVAILABLE.has(tokens[n + 1] ?? ''))) &&
        open(n, first),
    );
    if (denied === field.value) out.push(field.stems.length ? field.stems.join(' ') : field.joined);
  }
  if (index.days.size) {
    const mentioned = new Set<string>();
    const text = tokens.join(' ');
    if (/\b(?:seven|7) days\b|\bdaily\b|\bevery day\b|\ball week\b/.test(text))
      for (const d of DAYS) mentioned.add(d);
    for (const m of text.matchAll(
      /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? (?:to|through|thru|until|and) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g,
    )) {
      const a = DAYS.indexOf(m[1] ?? '');
      const b = DAYS.indexOf(m[2] ?? '');
      if (m[0].includes(' and ')) {
        mentioned.add(DAYS[a] ?? '');
        mentioned.add(DAYS[b] ?? '');
      } else for (let d = a; d !== (b + 1) % 7; d = (d + 1) % 7) mentioned.add(DAYS[d] ?? '');
    }
    for (const d of tokens) if (DAYS.includes(d.replace(/s$/, ''))) mentioned.add(d.replace(/s$/, ''));
    const denied = negations.length > 0;
    for (const d of mentioned) if (d && !index.days.has(d) && !denied) out.push(d);
  }
  return out;
}

export interface SentenceFeatures {
  sentence: string;
  /** Share of the sentence's content words found anywhere in the context. */
  support: number;
  /** Share of its distinct content stems found in the best-matching context passage. */
  align: number;
  unsupportedWords: string[];
  /** Unsupported words that count: not discourse words, not the question's words. */
  unsupportedClaimWords: number;
  unsupportedNumbers: string[];
  numbers: number;
  unsupportedNames: string[];
  /** Structured-context fields the sentence contradicts. */
  conflicts: string[];
  size: number;
}

export function sentenceFeatures(
  sentence: string,
  index: ContextIndex,
  questionStems: ReadonlySet<string> = new Set(),
): SentenceFeatures {
  const normalised = normaliseNumbers(sentence);
  const tokens = words(normalised);
  const unsupportedWords: string[] = [];
  const stems: string[] = [];
  let supported = 0;
  let claimWords = 0;
  for (const word of tokens) {
    if (isStopword(word)) continue;
    const s = stem(word);
    stems.push(s);
    if (index.stems.has(s) || index.lowerWords.has(word)) supported++;
    else {
      unsupportedWords.push(word);
      if (!DISCOURSE.has(word) && !questionStems.has(s)) claimWords++;
    }
  }
  const unique = [...new Set(stems)];
  let align = unique.length ? 0 : 1;
  if (unique.length)
    for (const passage of index.passages) {
      let hit = 0;
      for (const s of unique) if (passage.has(s)) hit++;
      if (hit / unique.length > align) align = hit / unique.length;
    }
  const nums = numbers(normalised);
  return {
    sentence,
    support: stems.length ? supported / stems.length : 1,
    align,
    unsupportedWords,
    unsupportedClaimWords: claimWords,
    unsupportedNumbers: nums.filter((n) => !index.numbers.has(n)),
    numbers: nums.length,
    // Capitalised words after the first word: names the context never mentions.
    unsupportedNames: (sentence.match(/(?<=\s)[A-Z][a-z]+/g) ?? []).filter(
      (n) => !index.lowerWords.has(n.toLowerCase()),
    ),
    conflicts: index.structured ? structuredConflicts(tokens, index) : [],
    size: stems.length,
  };
}

export interface FaithfulnessFeatures {
  task: FaithfulnessTask;
  /** Mean over answer sentences of the share of content words the context contains. */
  meanSupport: number;
  /** Mean over answer sentences of the share found in the best-matching passage. */
  meanAlign: number;
  /** Share of answer sentences whose best passage holds under half of their words. */
  lowAlignShare: number;
  /** Unsupported content words that make claims (discourse and question words excluded). */
  unsupported: number;
  numbers: number;
  unsupportedNumbers: number;
  unsupportedNames: number;
  /** Structured-context fields contradicted. */
  conflicts: number;
  contextWords: number;
  answerWords: number;
}

/** Answer sentences, minus short refusals ("the passages do not mention …"). */
export function answerSentences(answer: string): string[] {
  return splitSentences(answer).filter((s) => !REFUSAL.test(s) || words(s).length > 25);
}

export function faithfulnessFeatures(
  context: string,
  answer: string,
  options: { question?: string; task?: FaithfulnessTask } = {},
): { features: FaithfulnessFeatures; sentences: SentenceFeatures[] } {
  const index = indexContext(context);
  const questionStems = new Set(contentStems(options.question ?? ''));
  const sentences = answerSentences(answer).map((s) => sentenceFeatures(s, index, questionStems));
  const scored = sentences.filter((e) => e.size > 0);
  const mean = (f: (e: SentenceFeatures) => number) =>
    scored.length ? scored.reduce((a, e) => a + f(e), 0) / scored.length : 1;
  const total = (f: (e: SentenceFeatures) => number) => scored.reduce((a, e) => a + f(e), 0);
  return {
    features: {
      // Structured (JSON) context → data-to-text; a question → QA; otherwise a summary.
      task: options.task ?? (index.structured ? 'data2txt' : options.question?.trim() ? 'qa' : 'summary'),
      meanSupport: mean((e) => e.support),
      meanAlign: mean((e) => e.align),
      lowAlignShare: scored.length ? scored.filter((e) => e.align < 0.5).length / scored.length : 0,
      unsupported: total((e) => e.unsupportedClaimWords),
      numbers: total((e) => e.numbers),
      unsupportedNumbers: total((e) => e.unsupportedNumbers.length),
      unsupportedNames: total((e) => e.unsupportedNames.length),
      conflicts: total((e) => e.conflicts.length),
      contextWords: index.wordCount,
      answerWords: words(answer).length,
    },
    sentences,
  };
}
