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
  hasContext,
  type Recognizer,
  type ScanText,
} from './recognizer.js';
import { wordTrie } from './word-trie.js';

/** `word|Word|WORD` for each word: cheaper for V8 than a case-insensitive Unicode regex. */
function caseVariants(words: string): string {
  return words
    .split('|')
    .flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])
    .join('|');
}

/**
 * `caseVariants` of a word list (regex source, '.' escaped) as a tree of prefixes (`wordTrie`).
 * In patterns 1–3 the words are followed by `\b` or a space, which at most one of the words
 * starting at a position can be followed by: the order of the alternatives never changes a match.
 */
function caseTrie(words: string): string {
  return wordTrie(caseVariants(words).replace(/\\/g, '').split('|'));
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
  /**
   * How many characters before its number (the digits that `windowPatterns` checks) a match can
   * start; undefined when a match can start any number of words before it. The regex then scans a
   * window from `reach` before the first number there that passed the check, up to the last: no
   * match can start earlier or later (the checks are necessary conditions on the number), so it
   * finds the same matches as a scan of the whole window.
   */
  reach?: number;
}

// Window filters: necessary conditions, read off the digit runs, for each pattern to match in a
// window of `BEFORE`/`AFTER` characters around them. Most windows in prose ("in 2017 the") fail
// all of them, so their regexes never run there. A filter may let through a window its pattern
// then does not match in (that only costs a regex run), never the reverse.
const BEFORE = 48;
const AFTER = 64;

// Classes of characters for the walks over the words around a number. A word of the patterns
// (`[\p{L}\p{M}0-9'’.-]+`) holds letters, digits and joiners; any other ASCII character but the
// space ends the chance of a match. Characters beyond ASCII count as joiners: they may sit inside
// a word, and `\b` (ASCII-only) holds after them, so a street word may start right after one.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const JOINER = 3;
const SPACE = 4;
const ASCII_CLASSES = new Uint8Array(128);
for (let code = 65; code <= 90; code++) {
  ASCII_CLASSES[code] = LETTER;
  ASCII_CLASSES[code + 32] = LETTER;
}
for (let code = 48; code <= 57; code++) ASCII_CLASSES[code] = DIGIT;
for (const joiner of "'.-") ASCII_CLASSES[joiner.charCodeAt(0)] = JOINER;
ASCII_CLASSES[32] = SPACE;

function classOf(code: number): number {
  if (code < 128) return ASCII_CLASSES[code]!;
  return Number.isNaN(code) ? OTHER : JOINER;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * `\w` (as `isWordChar` in recognizer.ts), defined here because it runs for every number: a call
 * into another module costs a property load per call when the code runs transpiled to CommonJS
 * (tsx, the bench), several times the check itself.
 */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** A number ending at `end` can end the patterns' `\d{1,5}[a-z]?\b`. */
function numberEndsAt(text: string, end: number): boolean {
  return numberEndsBefore(text, end, text.charCodeAt(end));
}

/** `numberEndsAt`, given `after`, the code unit at `end` (characters are read once per number). */
function numberEndsBefore(text: string, end: number, after: number): boolean {
  if (!isWordChar(after)) return true;
  return after >= 97 && after <= 122 && !isWordChar(text.charCodeAt(end + 1));
}

/** Lower-case for ASCII and Latin-1 capitals; other characters unchanged. */
function fold(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) return code + 32;
  return code;
}

/** A hash of `text[start, end)` folded; equal words hash equally (unequal ones rarely do). */
function foldedHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + fold(text.charCodeAt(k))) | 0;
  return hash;
}

/**
 * A closed set of words, any case. The first two letters and the length of a word (a bit per
 * length, per pair of ASCII letters) settle most words of prose without hashing them.
 */
class WordSet {
  private readonly shapes = new Int32Array(26 * 26);
  private readonly hashes = new Set<number>();

  constructor(words: readonly string[]) {
    for (const word of words) {
      this.shapes[(word.charCodeAt(0) - 97) * 26 + word.charCodeAt(1) - 97]! |= 1 << word.length;
      this.hashes.add(foldedHash(word, 0, word.length));
    }
  }

  /**
   * `text[start, end)` (2–31 characters), whose first two code units are `first` and `second`
   * (a caller walking the text has them at hand), may be one of the words.
   */
  has(text: string, start: number, end: number, first: number, second: number): boolean {
    const row = (first | 32) - 97;
    const column = (second | 32) - 97;
    if (row < 0 || row > 25 || column < 0 || column > 25) return false;
    if ((this.shapes[row * 26 + column]! & (1 << (end - start))) === 0) return false;
    return this.hashes.has(foldedHash(text, start, end));
  }
}

const LEADING_WORDS = new WordSet(LEADING.replace(/\\/g, '').split('|'));

/**
 * Sets of word endings: the last three characters before a position, five low bits each (so A
 * and a, À and à fall together; other characters may collide, which only lets more through).
 */
function tailIndex(text: string, end: number): number {
  return (
    ((text.charCodeAt(end - 3) & 31) << 10) |
    ((text.charCodeAt(end - 2) & 31) << 5) |
    (text.charCodeAt(end - 1) & 31)
  );
}

/** Slot of a tail table that holds a bit per last character (its five low bits) of the words. */
const LAST_CHARACTERS = 1 << 10;

/**
 * The `tailIndex` of each word's end, as bits (4 KB, so lookups stay in the fastest cache), and
 * in slot `LAST_CHARACTERS` the words' last characters. A two-character word ("út") ends a word
 * after any character.
 */
function tailTable(words: readonly string[]): Int32Array {
  const table = new Int32Array(LAST_CHARACTERS + 1);
  const add = (index: number) => {
    table[index >>> 5]! |= 1 << (index & 31);
    table[LAST_CHARACTERS]! |= 1 << (index & 31);
  };
  for (const word of words) {
    if (word.length >= 3) add(tailIndex(word, word.length));
    else for (let first = 0; first < 32; first++) add((first << 10) | tailIndex(word, 2));
  }
  return table;
}

function hasTail(table: Int32Array, text: string, end: number): boolean {
  return hasTailEndingIn(table, text, end, text.charCodeAt(end - 1));
}

/** `hasTail`, given `last`, the code unit before `end`. */
function hasTailEndingIn(table: Int32Array, text: string, end: number, last: number): boolean {
  // The last character alone rules out most words of prose, with one character read.
  if (((table[LAST_CHARACTERS]! >>> (last & 31)) & 1) === 0) return false;
  const index =
    ((text.charCodeAt(end - 3) & 31) << 10) | ((text.charCodeAt(end - 2) & 31) << 5) | (last & 31);
  return (table[index >>> 5]! & (1 << (index & 31))) !== 0;
}

const SUFFIX_WORDS = caseVariants(SUFFIXES).replace(/\\/g, '').split('|');
const SUFFIX_TAILS = tailTable(SUFFIX_WORDS);
const UNIT_TAILS = tailTable(caseVariants('apt|apt.|apartment|suite|ste.').split('|'));

/**
 * A street type among the six words after a number, read from the number's end (sticky; the
 * number and an optional letter, then single spaces between words), in any case: a necessary
 * condition for pattern 1. Its words are the patterns' (`[\p{L}\p{M}0-9'’.-]+`) with every
 * character beyond ASCII let in (an astral letter is two code units). Irregexp reads them several
 * times faster than a loop over `charCodeAt`; a word is read from at most the six numbers before
 * it, so the filter stays linear. The street types form a tree of prefixes (`wordTrie`): tried
 * at every word, a plain list cost a tenth more.
 */
const TYPE_AHEAD = new RegExp(
  `[A-Za-z]?(?: [A-Za-z0-9'.\\u0080-\\uffff-]+){0,5}? (?:${wordTrie(STREET_TYPES.split('|'))})\\b`,
  'iy',
);

function streetTypeAfter(text: string, end: number): boolean {
  TYPE_AHEAD.lastIndex = end;
  return TYPE_AHEAD.test(text);
}

/**
 * A word ending like a street-name suffix right before the space before `start`; `wordLast` is
 * its last code unit (at `start - 2`).
 */
function suffixBefore(text: string, start: number, wordLast: number): boolean {
  return start >= 3 && hasTailEndingIn(SUFFIX_TAILS, text, start - 1, wordLast);
}

/**
 * `text[start, end)`, whose first two code units are `first` and `second`, is a leading street
 * word ("Rue", "via", "AVENIDA", "ul."), any case.
 */
function isLeadingWord(text: string, start: number, end: number, first: number, second: number): boolean {
  return end - start >= 3 && end - start <= 9 && LEADING_WORDS.has(text, start, end, first, second);
}

/**
 * A leading street word up to five space-separated words before `start` (a space precedes it),
 * from `from` on: the words before it were searched from an earlier number of the window, or lie
 * outside the window. The leading word starts a word or follows a non-word character inside one
 * ("(Rue"), and ends where the word ends; the words between it and the number hold only word
 * characters between single spaces.
 */
function leadingWordBefore(text: string, start: number, from: number): boolean {
  let wordEnd = start - 1;
  let words = 0;
  // The last two code units read, at k + 1 and k + 2: the start of the word checked at k (a
  // word of fewer than three characters is never checked further, so what they hold then does
  // not matter).
  let first = 32;
  let second = 32;
  for (let k = wordEnd - 1; ; k--) {
    if (k < from) return isLeadingWord(text, from, wordEnd, first, second);
    const code = text.charCodeAt(k);
    const kind = classOf(code);
    if (kind !== LETTER && kind !== DIGIT) {
      if (isLeadingWord(text, k + 1, wordEnd, first, second)) return true;
      if (kind === SPACE) {
        if (k + 1 === wordEnd || ++words === 5) return false;
        wordEnd = k;
      } else if (kind === OTHER) return false;
    }
    second = first;
    first = code;
  }
}

/**
 * "apt", "apt.", "apartment", "suite" or "ste." right before `start`, or before a space or '#'
 * there, or before " #" (`before` is the code unit at `start - 1`, `wordLast` the one at
 * `start - 2` when `before` is a space).
 */
function unitBefore(text: string, start: number, before: number, wordLast: number): boolean {
  if (before !== 32 && before !== 35) {
    // Every unit word ends in 't', 'e' or '.'.
    const folded = before | 32;
    return (
      (folded === 116 || folded === 101 || before === 46) && start >= 3 && hasTail(UNIT_TAILS, text, start)
    );
  }
  const last = before === 32 ? wordLast : text.charCodeAt(start - 2);
  if (start >= 4 && hasTailEndingIn(UNIT_TAILS, text, start - 1, last)) return true;
  return last === 32 && start >= 5 && hasTail(UNIT_TAILS, text, start - 2);
}

/**
 * The words between two numbers of pattern 4, `text[from, to)`: one to five words of letters,
 * marks and `'’./-` between single spaces (never digits: the numbers are consecutive runs).
 */
function numberWordsBetween(text: string, from: number, to: number): boolean {
  let spaces = 0;
  let afterSpace = true;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 32) {
      if (afterSpace || ++spaces > 4) return false;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if (code < 128 && !isAsciiLetter(code) && code !== 39 && code !== 46 && code !== 47 && code !== 45)
      return false;
  }
  return !afterSpace;
}

const ZIP_OR_POST = /zip|post/i;

/**
 * "zip" or "post" (any case) where a ZIP code starting at `start` looks for its context words
 * (`hasContext` with 24 characters before): every ZIP context word holds one.
 */
function zipCueBefore(scan: ScanText, start: number): boolean {
  const text = scan.asciiCaseInsensitiveSlices ? scan.text : scan.lower;
  return ZIP_OR_POST.test(text.slice(Math.max(0, start - 24), start));
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
 * Per pattern (a slot each) whose bit the last `windowPatterns` call set, the starts of the first
 * and the last number that passed its check (scratch space: `find` reads them right after the call).
 */
const FIRST_NUMBER = new Int32Array(10);
const LAST_NUMBER = new Int32Array(10);

/** `mask` with `bits` added, noting `start` as a number that passed the checks of `bits`. */
function withNumber(mask: number, bits: number, start: number): number {
  for (let added = bits & ~mask; added !== 0; added &= added - 1) {
    FIRST_NUMBER[31 - Math.clz32(added & -added)] = start;
  }
  for (let each = bits; each !== 0; each &= each - 1) LAST_NUMBER[31 - Math.clz32(each & -each)] = start;
  return mask | bits;
}

/**
 * Which patterns can match in the window holding runs [firstRun, endRun): necessary conditions
 * read off each run (its length and the characters around it), in one pass. Most windows in prose
 * ("in 2017 the") satisfy none, so no regex runs there. The lower-case variant of pattern 4 only
 * runs on all-lower-case text. Every check runs on every run, to note in `FIRST_NUMBER` and
 * `LAST_NUMBER` where each pattern's numbers are.
 */
function windowPatterns(scan: ScanText, firstRun: number, endRun: number, lowerCaseText: boolean): number {
  const text = scan.text;
  const runs = scan.digitRuns;
  const windowStart = Math.max(0, runs[2 * firstRun]! - BEFORE);
  let mask = 0;
  let leadingSearchedFrom = windowStart;
  for (let r = firstRun; r < endRun; r++) {
    const start = runs[2 * r]!;
    const end = runs[2 * r + 1]!;
    const length = end - start;
    // No pattern takes more than six digits in a row.
    if (length > 6) continue;
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(end);
    const boundary = !isWordChar(before);
    // Pattern 1: the number, perhaps a letter ("221B"), a space.
    if (
      boundary &&
      (after === 32 || (isAsciiLetter(after) && text.charCodeAt(end + 1) === 32)) &&
      streetTypeAfter(text, end)
    )
      mask = withNumber(mask, NUMBER_THEN_TYPE, start);
    // The last code unit of the word before the space before the number (0 without that space),
    // read once for the checks that look there.
    const wordLast = before === 32 ? text.charCodeAt(start - 2) : 0;
    // "Box 12"
    if ((wordLast | 32) === 120) mask = withNumber(mask, PO_BOX | MILITARY_BOX, start);
    if (length === 6) continue;
    if (boundary && after === 32 && r + 1 < endRun) {
      // Pattern 4: a capitalised (or, in lower-case text, lower-case) word right after this
      // number, up to five words and the next number (of at most five digits, after a space).
      // Beyond ASCII, a capital may stay one in lower-case text ("𝐀").
      const next = text.charCodeAt(end + 1);
      let bits = 0;
      if (next > 127) bits = NUMBER_CAPITALISED_NUMBER | (lowerCaseText ? NUMBER_LOWER_CASE_NUMBER : 0);
      else if (next >= 65 && next <= 90) bits = NUMBER_CAPITALISED_NUMBER;
      else if (lowerCaseText && next >= 97 && next <= 122) bits = NUMBER_LOWER_CASE_NUMBER;
      const nextStart = runs[2 * r + 2]!;
      const nextEnd = runs[2 * r + 3]!;
      if (
        bits !== 0 &&
        nextEnd - nextStart <= 5 &&
        text.charCodeAt(nextStart - 1) === 32 &&
        numberEndsAt(text, nextEnd) &&
        numberWordsBetween(text, end + 1, nextStart - 1)
      )
        mask = withNumber(mask, bits, start);
    }
    if (!numberEndsBefore(text, end, after)) continue;
    if (length === 5 && boundary && zipCueBefore(scan, start)) mask = withNumber(mask, ZIP, start);
    if (unitBefore(text, start, before, wordLast)) mask = withNumber(mask, UNIT, start);
    if (before !== 32) continue;
    if (length === 5 && text.charCodeAt(start - 3) === 65) {
      const code = text.charCodeAt(start - 2);
      if (code === 65 || code === 69 || code === 80) mask = withNumber(mask, MILITARY_CODE, start); // "AE 09012"
    }
    if (suffixBefore(text, start, wordLast)) mask = withNumber(mask, SUFFIX_THEN_NUMBER, start);
    if (leadingWordBefore(text, start, leadingSearchedFrom))
      mask = withNumber(mask, LEADING_THEN_NUMBER, start);
    else leadingSearchedFrom = start;
  }
  return mask;
}

const PATTERNS: readonly AddressPattern[] = [
  // 1. Number + up to four words + a street type.
  {
    pattern: new RegExp(
      `\\b\\d{1,6}[A-Za-z]?(?: \\d{1,6})? (?:${WORD} ){0,4}?(?:${caseTrie(STREET_TYPES)})\\b\\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?`,
      'gu',
    ),
    score: 0.6,
    reach: 0,
  },
  // 2. A street name with a suffix, then a house number.
  {
    pattern: new RegExp(`(?:${caseTrie(SUFFIXES)}) \\d{1,5}[a-z]?\\b`, 'gu'),
    score: 0.6,
    walkBack: true,
    reach: Math.max(...SUFFIX_WORDS.map((word) => word.length)) + 1,
  },
  // 3. A leading street word, up to four words, then a house number.
  {
    pattern: new RegExp(`\\b(?:${caseTrie(LEADING)}) (?:${WORD} ){0,4}?\\d{1,5}[a-z]?\\b`, 'gu'),
    score: 0.6,
  },
  // 4. Building number + words (the first capitalised) + number; a context word or a line of its own.
  {
    pattern: /\b\d{1,5} \p{Lu}[\p{L}\p{M}'’./-]*(?: [\p{L}\p{M}'’./-]+){0,4} \d{1,5}[a-z]?\b/gu,
    score: 0.3,
    needsContext: true,
    reach: 0,
  },
  {
    pattern: /\b\d{1,5} \p{Ll}[\p{L}\p{M}'’./-]*(?: [\p{L}\p{M}'’./-]+){0,4} \d{1,5}[a-z]?\b/gu,
    score: 0.3,
    needsContext: true,
    lowerCaseText: true,
    reach: 0,
  },
  // 5. Secondary units, P.O. boxes, military addresses.
  {
    pattern: new RegExp(`\\b(?:${caseVariants('apt\\.?|apartment|suite|ste\\.')}) ?#?\\d{1,5}[a-z]?\\b`, 'g'),
    score: 0.45,
    reach: 'apartment #'.length,
  },
  { pattern: /\b[Pp]\.? ?[Oo]\.? (?:[Bb]ox|BOX) \d{1,6}\b/g, score: 0.8, reach: 'P. O. Box '.length },
  // The number checked is the box's ("Box 12"), after up to "Unit 12345, Box ".
  { pattern: /\b(?:PSC|CMR|Unit) \d{3,5},? Box \d{1,5}\b/gu, score: 0.8, reach: 'Unit 12345, Box '.length },
  {
    pattern: /\b(?:USS [\p{L}]+\s+)?[AFD]PO (?:AA|AE|AP) \d{5}\b/gu,
    score: 0.8,
  },
  // 6. ZIP / post codes with a cue right before them.
  // A match whose number has no cue (one that did not pass the check) makes no candidate, and
  // ends before the next number: the scan may start at the first number with a cue, and stop
  // after the last.
  { pattern: /\b\d{5}(?:-\d{4})?\b/g, score: 0.1, needsContext: true, zip: true, reach: 0 },
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

/** Lines that commonly follow a street line: unit, city/region/country words, a post code. */
const TAIL =
  /[ \t]+(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}(?![\p{L}\p{M}\d])|[ \t]*(?:,[ \t]*|\n[ \t>?]*(?:, ?nan\n[ \t]*)?)(?:(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}|\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*| (?:and|the|of|de|do|da) ){0,4}(?: [A-Z]{2})?(?: \d{4,6})?|\d{4,6})(?![\p{L}\p{M}\d])/uy;
/** The same for all-lower-case text: a whole segment up to the next comma or line end. */
const TAIL_LOWER =
  /[ \t]+(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}(?![\p{L}\p{M}\d])|[ \t]*(?:,[ \t]*|\n[ \t>?]*(?:, ?nan\n[ \t]*)?)(?:(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}|\p{Ll}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,4}(?: \d{4,6})?|\d{4,6})(?=[ \t]*(?:\n|,|$))/uy;
/** A building number (and capitalised words) right before a street-name match. */
const LEAD = /\d{1,5} (?:\p{Lu}[\p{L}\p{M}'’.-]* ){0,3}$/u;
const LEAD_SPAN = 48;

/**
 * `LEAD` can match the `LEAD_SPAN` characters before `start` (a space precedes it): a digit comes
 * before it with, in between, only word characters and at most three more spaces (any character
 * beyond ASCII counts as a word character), and every word between starts with a capital (or a
 * character beyond ASCII). A necessary condition that spares most regex runs; the capitals end
 * the walk at the first word of prose ("to 12 Main St").
 */
function leadMayPrecede(text: string, start: number): boolean {
  const from = Math.max(0, start - LEAD_SPAN);
  let spaces = 0;
  for (let k = start - 2; k >= from; k--) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
    if (code === 32) {
      // The word after this space holds no digit: it is one of `LEAD`'s capitalised words.
      const first = text.charCodeAt(k + 1);
      if (first < 128 && !(first >= 65 && first <= 90)) return false;
      if (++spaces > 3) return false;
    } else if (code < 128 && !isAsciiLetter(code) && code !== 39 && code !== 46 && code !== 45) return false;
  }
  return false;
}

/**
 * A line that holds only the address: the text start or a newline before `start`, with only
 * blanks and mail quoting (`[ \t>?]`) between, or only those in the eight characters before it.
 */
function lineStartBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 8);
  for (let k = start - 1; k >= from; k--) {
    const code = text.charCodeAt(k);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 62 && code !== 63) return false;
  }
  return true;
}

const STREET_LETTER = /[\p{L}\p{M}'-]/u;

/**
 * `STREET_LETTER` holds for the code unit at `index` (a lone surrogate never does): ASCII is
 * settled without building a one-character string.
 */
function isStreetLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiLetter(code) || code === 39 || code === 45;
  return STREET_LETTER.test(text.charAt(index));
}

/**
 * `TAIL` or `TAIL_LOWER` can match at `at`: both start with blanks and a unit word ("Apt",
 * "suite", "Unit"), or with blanks and a comma or a newline. Most street lines end in prose
 * (" in", ". The"), ruled out here without a regex run.
 */
function tailMayStart(text: string, at: number): boolean {
  let code = text.charCodeAt(at);
  if (code === 44 || code === 10) return true;
  if (code !== 32 && code !== 9) return false;
  while (code === 32 || code === 9) code = text.charCodeAt(++at);
  const folded = code | 32;
  return code === 44 || code === 10 || folded === 97 || folded === 115 || folded === 117;
}

function extend(text: string, end: number, lowerCase: boolean): number {
  const tail = lowerCase ? TAIL_LOWER : TAIL;
  let current = end;
  for (let step = 0; step < 5; step++) {
    if (!tailMayStart(text, current)) break;
    // `test` moves a sticky regex's lastIndex to the match end, without building a match array.
    tail.lastIndex = current;
    if (!tail.test(text)) break;
    current = tail.lastIndex;
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
    while (start > 0 && matchStart - start < 30 && isStreetLetter(text, start - 1)) start--;
  }
  // LEAD ends in a space.
  if (!pattern.zip && text.charCodeAt(start - 1) === 32 && leadMayPrecede(text, start)) {
    const lead = LEAD.exec(text.slice(Math.max(0, start - LEAD_SPAN), start));
    if (lead !== null) start -= lead[0].length;
  }
  const context = pattern.zip
    ? hasContext(scan, start, end, ZIP_CONTEXT_WORDS, 24)
    : lineStartBefore(text, start) || hasContext(scan, start, end, CONTEXT_WORDS, 64);
  if (pattern.needsContext && !context) return undefined;
  if (!pattern.zip) end = extend(text, end, scan.isLowerCase);
  return {
    type: 'STREET_ADDRESS',
    start,
    end,
    score: Math.min(1, pattern.score + (context ? CONTEXT_BOOST : 0)),
  };
}

/**
 * The end (exclusive) of the window of runs starting at `firstRun`: the windows of `BEFORE`/`AFTER`
 * characters around the runs, merged where they touch, as `ScanText.digitWindows` builds them
 * (computed here in the same pass, without a list of windows).
 */
function windowEndRun(runs: readonly number[], firstRun: number, textLength: number): number {
  const runCount = runs.length / 2;
  let end = Math.min(textLength, runs[2 * firstRun + 1]! + AFTER);
  let r = firstRun + 1;
  for (; r < runCount && runs[2 * r]! - BEFORE <= end; r++)
    end = Math.min(textLength, runs[2 * r + 1]! + AFTER);
  return r;
}

export const streetAddressRecognizer: Recognizer = {
  type: 'STREET_ADDRESS',
  find(scan: ScanText, out: Candidate[]): void {
    if (!scan.hasDigit) return;
    const text = scan.text;
    const runs = scan.digitRuns;
    const lowerCaseText = scan.isLowerCase;
    // Candidates per pattern, appended pattern by pattern as a scan per pattern would.
    const found: Candidate[][] = [];
    for (let firstRun = 0, endRun = 0; firstRun < runs.length / 2; firstRun = endRun) {
      endRun = windowEndRun(runs, firstRun, text.length);
      const mask = windowPatterns(scan, firstRun, endRun, lowerCaseText);
      if (mask === 0) continue;
      const offset = Math.max(0, runs[2 * firstRun]! - BEFORE);
      const windowEnd = Math.min(text.length, runs[2 * endRun - 1]! + AFTER);
      const slice = offset === 0 && windowEnd === text.length ? text : text.slice(offset, windowEnd);
      for (let p = 0; p < PATTERNS.length; p++) {
        if (!(mask & (1 << p))) continue;
        const pattern = PATTERNS[p]!;
        const regex = pattern.pattern;
        const reach = pattern.reach;
        regex.lastIndex = reach === undefined ? 0 : Math.max(0, FIRST_NUMBER[p]! - reach - offset);
        // A match starts at or before its number: none starts after the last one that passed.
        const lastStart = LAST_NUMBER[p]! - offset;
        // Every pattern takes a digit: no match is empty.
        while (regex.lastIndex <= lastStart) {
          const match = regex.exec(slice);
          if (match === null) break;
          const start = match.index + offset;
          const candidate = addressAt(scan, pattern, start, start + match[0].length);
          if (candidate === undefined) continue;
          const list = found[p];
          if (list === undefined) found[p] = [candidate];
          else list.push(candidate);
        }
      }
    }
    for (const list of found) if (list !== undefined) for (const candidate of list) out.push(candidate);
  },
};
