/**
 * STREET_ADDRESS: rule-based, for the shapes addresses take in English and European text:
 * - number + words + street type ("221B Baker Street", "4589 40th St.");
 * - street name with a suffix or a leading street word + house number ("Holmevej 34",
 *   "Rue des Sartiaux 318", "ul. Podleśna 17"), optionally after a building number;
 * - building number + capitalised words + number ("92 Eusebio Dávila 57"), which needs a context word;
 * - secondary units (Apt. 12, Suite 300), P.O. boxes, US military addresses (PSC/APO/FPO);
 * - ZIP/post codes, only right after a context word ("zip code is 37773").
 * A found street line is extended over the lines that usually follow it (unit, city, region,
 * country, post code), so a whole postal block becomes one entity.
 * The patterns run only in the windows around digit runs, and there only when one pass over the
 * window's runs (`windowPatterns`) finds what each pattern needs next to a number.
 */
import {
  type Candidate,
  CONTEXT_BOOST,
  contextWords,
  eachMatch,
  hasContext,
  type Recognizer,
  type ScanText,
} from './recognizer.js';
import { WordTable } from './word-table.js';

/** `word|Word|WORD` for each word: cheaper for V8 than a case-insensitive Unicode regex. */
function caseVariants(words: string): string {
  return words
    .split('|')
    .flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])
    .join('|');
}

const STREET_TYPES =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|square|sq|terrace|way|parkway|pkwy|highway|hwy|circle|cir|trail|crescent|close|row|alley|plaza|loop|pike|mews|gardens|grove|park';
const SUFFIXES =
  'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|plein|gracht|dijk|kade|vej|gade|gatan|vägen|väg|veien|vegen|gata|tie|katu|kuja|polku|utca|út|ulica|cesta|ulice|vegur|braut|gata';
const LEADING =
  'rue|via|viale|calle|avenida|avda\\.|rua|travessa|piazza|plaza|ul\\.|ulica|avenue|boulevard|chemin|strada|carrer|camino|paseo|praça|largo|route|allée|place';
const WORD = "[\\p{L}\\p{M}0-9'’.-]+";

interface AddressPattern {
  pattern: RegExp;
  score: number;
  needsContext?: boolean;
  /** The match starts at a suffix: walk back over the letters of the street name. */
  walkBack?: boolean;
  zip?: boolean;
  /** Only used when the whole text is lower-case. */
  lowerCaseText?: boolean;
}

// Window filters: necessary conditions, read off the digit runs, for each pattern to match in a
// window of `BEFORE`/`AFTER` characters around them. Most windows in prose ("in 2017 the") fail
// all of them, so their regexes never run there.
const BEFORE = 48;
const AFTER = 64;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * `\w` (as `isWordChar` in recognizer.ts), defined here because it runs per character of the
 * words before every number: a call into another module costs a property load per call when the
 * code runs transpiled to CommonJS (tsx, the bench), several times the check itself.
 */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** Lower-case for ASCII and Latin-1 capitals; other characters unchanged (for the suffix sets). */
function fold(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) return code + 32;
  return code;
}

function tail(text: string, end: number, length: number): number {
  let key = 0;
  for (let k = end - length; k < end; k++) key = key * 65536 + fold(text.charCodeAt(k));
  return key;
}

function tailSet(words: readonly string[], length: number): Set<number> {
  const set = new Set<number>();
  for (const word of words) {
    const end = word.replace(/\\/g, '');
    if (end.length < length) continue;
    set.add(tail(end, end.length, length));
  }
  return set;
}

/** Last three (or two, for "út") folded characters of every street-name suffix. */
const SUFFIX_TAILS_3 = tailSet(SUFFIXES.split('|'), 3);
const SUFFIX_TAILS_2 = tailSet(
  SUFFIXES.split('|').filter((word) => word.replace(/\\/g, '').length === 2),
  2,
);
const UNIT_TAILS = tailSet(['apt', 'apt.', 'apartment', 'suite', 'ste.'], 3);
let leadingWords: WordTable | undefined;
/** Per folded first letter (a–z), a bit per length of the leading words starting with it. */
const LEADING_SHAPES = new Int32Array(26);
for (const word of LEADING.replace(/\\/g, '').split('|'))
  LEADING_SHAPES[word.charCodeAt(0) - 97]! |= 1 << word.length;

/** `text[start, end)` is a leading street word ("Rue", "via", "AVENIDA", "ul."), any case. */
function isLeadingWord(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 9) return false;
  // Every leading word starts with an ASCII letter: its first letter and length settle most words.
  const first = text.charCodeAt(start) | 32;
  if (first < 97 || first > 122 || (LEADING_SHAPES[first - 97]! & (1 << (end - start))) === 0) return false;
  if (leadingWords === undefined) {
    const table = new WordTable(8);
    for (const word of LEADING.split('|')) table.add(word.replace(/\\/g, ''), 1);
    leadingWords = table;
  }
  return leadingWords.getAsciiRange(text, start, end) !== 0;
}
let streetTypes: WordTable | undefined;
/** Per folded first letter (a–z), a bit per length (1–15) of the street types starting with it. */
const STREET_TYPE_SHAPES = new Int32Array(26);
for (const word of STREET_TYPES.split('|')) STREET_TYPE_SHAPES[word.charCodeAt(0) - 97]! |= 1 << word.length;

function isStreetType(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) | 32;
  if (end - start > 15 || (STREET_TYPE_SHAPES[first - 97]! & (1 << (end - start))) === 0) return false;
  if (streetTypes === undefined) {
    const table = new WordTable(8);
    for (const word of STREET_TYPES.split('|')) table.add(word, 1);
    streetTypes = table;
  }
  return streetTypes.getAsciiRange(text, start, end) !== 0;
}

/**
 * Whether a street type follows within six words of a number ending at `end` (and an optional
 * letter): -1 when one does, else where the search stopped. The words before `searchedTo` were
 * searched from an earlier number of the window and are skipped (going on from there only looks
 * at more words, never fewer).
 */
function streetTypeAfter(text: string, end: number, searchedTo: number): number {
  let k = end;
  if (isAsciiLetter(text.charCodeAt(k))) k++;
  if (searchedTo > k) k = searchedTo;
  for (let word = 0; word < 6 && text.charCodeAt(k) === 32; word++) {
    const wordStart = k + 1;
    let letters = wordStart;
    while (isAsciiLetter(text.charCodeAt(letters))) letters++;
    if (letters > wordStart && isStreetType(text, wordStart, letters)) return -1;
    k = letters;
    // Words are `[\p{L}\p{M}0-9'’.-]+`: other characters end the chance of a match.
    for (;;) {
      const code = text.charCodeAt(k);
      if (code === 32 || Number.isNaN(code) || code === 44 || code === 10) break;
      k++;
    }
  }
  return k;
}

/** A word ending like a street-name suffix right before the space before `start`. */
function suffixBefore(text: string, start: number): boolean {
  if (start < 3) return false;
  if (SUFFIX_TAILS_2.has(tail(text, start - 1, 2))) return true;
  return start >= 4 && SUFFIX_TAILS_3.has(tail(text, start - 1, 3));
}

/**
 * A leading street word up to five space-separated words before `start` (a space precedes it),
 * not before `windowStart`. The leading word starts a word or follows a non-word character
 * inside one ("(Rue"), and ends where the word ends. The words before `searchedFrom` (the start
 * of an earlier number of the window, itself after a space) were searched already.
 */
function leadingWordBefore(text: string, start: number, windowStart: number, searchedFrom: number): boolean {
  let wordEnd = start - 1;
  let words = 0;
  const stop = Math.max(windowStart, searchedFrom) - 1;
  for (let k = wordEnd - 1; k >= stop && words < 5; k--) {
    const code = k >= windowStart ? text.charCodeAt(k) : 32;
    if (code === 32) {
      if (isLeadingWord(text, k + 1, wordEnd)) return true;
      wordEnd = k;
      words++;
    } else if (!isWordChar(code) && isLeadingWord(text, k + 1, wordEnd)) return true;
  }
  return false;
}

/** "apt", "apt.", "apartment", "suite" or "ste." right before `start` (a space and '#' between). */
function unitBefore(text: string, start: number): boolean {
  let end = start;
  for (let step = 0; step < 3; step++) {
    const last = text.charCodeAt(end - 1);
    // Every unit word ends in 't', 'e' or '.'.
    if (
      ((last | 32) === 116 || (last | 32) === 101 || last === 46) &&
      end >= 3 &&
      UNIT_TAILS.has(tail(text, end, 3))
    )
      return true;
    if (step === 0 ? last !== 35 && last !== 32 : step === 1 ? last !== 32 : true) break;
    end--;
  }
  return false;
}

// Pattern bits (index in PATTERNS).
const NUMBER_THEN_TYPE = 1;
const SUFFIX_THEN_NUMBER = 1 << 1;
const LEADING_THEN_NUMBER = 1 << 2;
const NUMBER_CAPITALISED_NUMBER = 1 << 3;
const NUMBER_LOWER_CASE_NUMBER = 1 << 4;
const UNIT = 1 << 5;
const PO_BOX = 1 << 6;
const MILITARY_BOX = 1 << 7;
const MILITARY_CODE = 1 << 8;
const ZIP = 1 << 9;

/**
 * Which patterns can match in the window holding runs [firstRun, endRun): necessary conditions
 * read off each run (its length and the characters around it), in one pass. Most windows in prose
 * ("in 2017 the") satisfy none, so no regex runs there.
 */
function windowPatterns(scan: ScanText, firstRun: number, endRun: number): number {
  const text = scan.text;
  const runs = scan.digitRuns;
  const windowStart = Math.max(0, runs[2 * firstRun]! - BEFORE);
  let mask = 0;
  let typeSearchedTo = 0;
  let leadingSearchedFrom = 0;
  for (let r = firstRun; r < endRun; r++) {
    const start = runs[2 * r]!;
    const end = runs[2 * r + 1]!;
    const length = end - start;
    // No pattern takes more than six digits in a row.
    if (length > 6) continue;
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(end);
    const boundary = !isWordChar(before);
    if (!(mask & NUMBER_THEN_TYPE) && boundary && (after === 32 || isAsciiLetter(after))) {
      typeSearchedTo = streetTypeAfter(text, end, typeSearchedTo);
      if (typeSearchedTo === -1) mask |= NUMBER_THEN_TYPE;
    }
    if (before === 32 && (text.charCodeAt(start - 2) | 32) === 120) mask |= PO_BOX | MILITARY_BOX; // "Box 12"
    if (length === 6) continue;
    if (boundary && after === 32) {
      const next = text.charCodeAt(end + 1);
      if (next > 127 || (next >= 65 && next <= 90)) mask |= NUMBER_CAPITALISED_NUMBER;
      if (next > 127 || (next >= 97 && next <= 122)) mask |= NUMBER_LOWER_CASE_NUMBER;
    }
    if (length === 5 && boundary) mask |= ZIP;
    if (!(mask & UNIT) && unitBefore(text, start)) mask |= UNIT;
    if (before !== 32) continue;
    if (length === 5 && text.charCodeAt(start - 3) === 65) {
      const code = text.charCodeAt(start - 2);
      if (code === 65 || code === 69 || code === 80) mask |= MILITARY_CODE; // "AE 09012"
    }
    if (!(mask & SUFFIX_THEN_NUMBER) && suffixBefore(text, start)) mask |= SUFFIX_THEN_NUMBER;
    if (!(mask & LEADING_THEN_NUMBER)) {
      if (leadingWordBefore(text, start, windowStart, leadingSearchedFrom)) mask |= LEADING_THEN_NUMBER;
      else leadingSearchedFrom = start;
    }
  }
  return mask;
}

const PATTERNS: readonly AddressPattern[] = [
  // 1. Number + up to four words + a street type.
  {
    pattern: new RegExp(
      `\\b\\d{1,6}[A-Za-z]?(?: \\d{1,6})? (?:${WORD} ){0,4}?(?:${caseVariants(STREET_TYPES)})\\b\\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?`,
      'gu',
    ),
    score: 0.6,
  },
  // 2. A street name with a suffix, then a house number.
  {
    pattern: new RegExp(`(?:${caseVariants(SUFFIXES)}) \\d{1,5}[a-z]?\\b`, 'gu'),
    score: 0.6,
    walkBack: true,
  },
  // 3. A leading street word, up to four words, then a house number.
  {
    pattern: new RegExp(`\\b(?:${caseVariants(LEADING)}) (?:${WORD} ){0,4}?\\d{1,5}[a-z]?\\b`, 'gu'),
    score: 0.6,
  },
  // 4. Building number + words (the first capitalised) + number; a context word or a line of its own.
  {
    pattern: /\b\d{1,5} \p{Lu}[\p{L}\p{M}'’./-]*(?: [\p{L}\p{M}'’./-]+){0,4} \d{1,5}[a-z]?\b/gu,
    score: 0.3,
    needsContext: true,
  },
  {
    pattern: /\b\d{1,5} \p{Ll}[\p{L}\p{M}'’./-]*(?: [\p{L}\p{M}'’./-]+){0,4} \d{1,5}[a-z]?\b/gu,
    score: 0.3,
    needsContext: true,
    lowerCaseText: true,
  },
  // 5. Secondary units, P.O. boxes, military addresses.
  {
    pattern: new RegExp(`\\b(?:${caseVariants('apt\\.?|apartment|suite|ste\\.')}) ?#?\\d{1,5}[a-z]?\\b`, 'g'),
    score: 0.45,
  },
  { pattern: /\b[Pp]\.? ?[Oo]\.? (?:[Bb]ox|BOX) \d{1,6}\b/g, score: 0.8 },
  { pattern: /\b(?:PSC|CMR|Unit) \d{3,5},? Box \d{1,5}\b/gu, score: 0.8 },
  {
    pattern: /\b(?:USS [\p{L}]+\s+)?[AFD]PO (?:AA|AE|AP) \d{5}\b/gu,
    score: 0.8,
  },
  // 6. ZIP / post codes with a cue right before them.
  { pattern: /\b\d{5}(?:-\d{4})?\b/g, score: 0.1, needsContext: true, zip: true },
];

const CONTEXT = [
  'address',
  'live at',
  'lives at',
  'living at',
  'located at',
  'moved to',
  'send to',
  'sent to',
  'ship to',
  'shipped to',
  'deliver',
  'return to',
  'arrived at',
  'mail',
  'office at',
  'zip',
  'postal',
  'postcode',
  'post code',
  'headquarters',
  'residence',
];
const ZIP_CONTEXT = ['zip', 'postal code', 'postcode', 'post code'];
const CONTEXT_WORDS = contextWords(CONTEXT);
const ZIP_CONTEXT_WORDS = contextWords(ZIP_CONTEXT);
const ZIP_OR_POST = /zip|post/i;

/** Lines that commonly follow a street line: unit, city/region/country words, a post code. */
const TAIL =
  /[ \t]+(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}(?![\p{L}\p{M}\d])|[ \t]*(?:,[ \t]*|\n[ \t>?]*(?:, ?nan\n[ \t]*)?)(?:(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}|\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*| (?:and|the|of|de|do|da) ){0,4}(?: [A-Z]{2})?(?: \d{4,6})?|\d{4,6})(?![\p{L}\p{M}\d])/uy;
/** The same for all-lower-case text: a whole segment up to the next comma or line end. */
const TAIL_LOWER =
  /[ \t]+(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}(?![\p{L}\p{M}\d])|[ \t]*(?:,[ \t]*|\n[ \t>?]*(?:, ?nan\n[ \t]*)?)(?:(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}|\p{Ll}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,4}(?: \d{4,6})?|\d{4,6})(?=[ \t]*(?:\n|,|$))/uy;
/** A building number (and capitalised words) right before a street-name match. */
const LEAD = /\d{1,5} (?:\p{Lu}[\p{L}\p{M}'’.-]* ){0,3}$/u;
/** A line that holds only the address: text start or a newline (mail quoting allowed) before it. */
const LINE_START = /(?:^|\n)[ \t>?]*$/;

const STREET_LETTER = /[\p{L}\p{M}'-]/u;

function extend(text: string, end: number, lowerCase: boolean): number {
  const tail = lowerCase ? TAIL_LOWER : TAIL;
  let current = end;
  for (let step = 0; step < 5; step++) {
    tail.lastIndex = current;
    const match = tail.exec(text);
    if (match === null) break;
    current += match[0].length;
  }
  return current;
}

/** The candidate for one pattern match, or undefined when it needs context and has none. */
function addressAt(
  scan: ScanText,
  pattern: AddressPattern,
  matchStart: number,
  matchEnd: number,
): Candidate | undefined {
  const text = scan.text;
  let start = matchStart;
  let end = matchEnd;
  if (pattern.walkBack) {
    while (start > 0 && matchStart - start < 30 && STREET_LETTER.test(text.charAt(start - 1))) start--;
  }
  if (!pattern.zip) {
    const lead = LEAD.exec(text.slice(Math.max(0, start - 48), start));
    if (lead !== null) start -= lead[0].length;
  }
  const before = text.slice(Math.max(0, start - 8), start);
  const context = pattern.zip
    ? hasContext(scan, start, end, ZIP_CONTEXT_WORDS, 24)
    : hasContext(scan, start, end, CONTEXT_WORDS, 64) || LINE_START.test(before);
  if (pattern.needsContext && !context) return undefined;
  if (!pattern.zip) end = extend(text, end, scan.isLowerCase);
  return {
    type: 'STREET_ADDRESS',
    start,
    end,
    score: Math.min(1, pattern.score + (context ? CONTEXT_BOOST : 0)),
  };
}

export const streetAddressRecognizer: Recognizer = {
  type: 'STREET_ADDRESS',
  find(scan: ScanText, out: Candidate[]): void {
    if (!scan.hasDigit) return;
    const text = scan.text;
    let zipWords: boolean | undefined;
    // Candidates per pattern, appended pattern by pattern as a scan per pattern would.
    const found: Candidate[][] = [];
    const windows = scan.digitWindows(BEFORE, AFTER);
    for (let w = 0; w < windows.length; w += 4) {
      let mask = windowPatterns(scan, windows[w + 2]!, windows[w + 3]!);
      if (mask & NUMBER_LOWER_CASE_NUMBER && !scan.isLowerCase) mask &= ~NUMBER_LOWER_CASE_NUMBER;
      if (mask & ZIP) {
        // A ZIP code needs a ZIP context word, and every one holds "zip" or "post" (ASCII letters
        // of any case: no other character lower-cases into them, so no lower-cased copy is needed).
        zipWords ??= ZIP_OR_POST.test(text);
        if (!zipWords) mask &= ~ZIP;
      }
      if (mask === 0) continue;
      const offset = windows[w]!;
      const slice =
        offset === 0 && windows[w + 1] === text.length ? text : text.slice(offset, windows[w + 1]);
      for (let p = 0; p < PATTERNS.length; p++) {
        if (!(mask & (1 << p))) continue;
        const pattern = PATTERNS[p]!;
        eachMatch(pattern.pattern, slice, (match) => {
          const start = match.index + offset;
          const candidate = addressAt(scan, pattern, start, start + match[0].length);
          if (candidate === undefined) return;
          const list = found[p];
          if (list === undefined) found[p] = [candidate];
          else list.push(candidate);
        });
      }
    }
    for (const list of found) if (list !== undefined) for (const candidate of list) out.push(candidate);
  },
};
