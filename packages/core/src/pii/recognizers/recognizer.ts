/**
 * The internal recognizer contract. A recognizer appends candidates for one text; scoring by
 * context words and overlap resolution happen in `detect.ts`. Every recognizer gates itself
 * cheaply (a literal `indexOf`, a digit check) before running any regex, and every regex it runs is
 * linear in the input (literal-led, bounded repetitions, no nested unbounded quantifiers).
 */

export interface Candidate {
  type: string;
  start: number;
  end: number;
  /** 0–1 before context words; validated matches use 1. */
  score: number;
  /** Lower-case words that raise the score by CONTEXT_BOOST when found near the match. */
  context?: readonly string[];
}

/**
 * PERSON values already found in a trace (kept by the placeholder scope); there is at least one
 * (the scope has none until a name is added).
 */
export interface KnownNames {
  /**
   * The names in the order they were added, keyed by the `foldedHash` (word-table.ts) of their
   * first word: a capitalised word's hash finds them without making a string.
   */
  readonly byFirstWordHash: ReadonlyMap<number, readonly string[]>;
  /** One bit per key of `byFirstWordHash` (`knownHashBit`): most words are ruled out here. */
  readonly firstWordHashBits: Int32Array;
  /**
   * Per `shapeIndex` of a key's first code unit, the `shapeBit`s of the keys' lengths: a check
   * that needs no hashing (most capitalised words fail it).
   */
  readonly firstWordShapes: Int32Array;
}

/** Slot (of 128) and bit of a first word's hash in `KnownNames.firstWordHashBits`. */
export function knownHashSlot(hash: number): number {
  return (hash >>> 5) & 127;
}

export function knownHashBit(hash: number): number {
  return 1 << (hash & 31);
}

/** Slot of a known-name key's first code unit in `KnownNames.firstWordShapes`. */
export function shapeIndex(code: number): number {
  return code & 127;
}

/** Bit of a known-name key's length (lengths from 31 on share one bit). */
export function shapeBit(length: number): number {
  return 1 << Math.min(length, 31);
}

const ASCII_CAPITAL = /[A-Z]/;

/** Lazily computed views of one text, shared by all recognizers of a scan. */
export class ScanText {
  private lowerCache: string | undefined;

  /**
   * @param knownNames PERSON values already found in this trace, by their first word's hash; the
   * person recognizer masks later mentions of them (trace-level consistency).
   */
  constructor(
    readonly text: string,
    readonly knownNames?: KnownNames,
  ) {}

  get lower(): string {
    this.lowerCache ??= this.text.toLowerCase();
    return this.lowerCache;
  }

  private lowerCaseCache: boolean | undefined;
  private caseFoldsToAscii: boolean | undefined;

  /**
   * True when a case-insensitive match of ASCII words in a slice of the text finds what a match
   * in the same slice of `lower` finds: unless the text holds U+0130 ("İ", whose lower case is
   * longer and would shift every later offset of `lower`) or U+212A (the Kelvin sign, whose lower
   * case is "k"), the only characters lower-casing can turn into ASCII.
   */
  get asciiCaseInsensitiveSlices(): boolean {
    this.caseFoldsToAscii ??= this.text.indexOf('\u0130') === -1 && this.text.indexOf('\u212a') === -1;
    return this.caseFoldsToAscii;
  }

  /** The text is all lower-case (lower-casing changes nothing). */
  get isLowerCase(): boolean {
    // An ASCII capital settles it without lower-casing the text.
    this.lowerCaseCache ??= !ASCII_CAPITAL.test(this.text) && this.text === this.lower;
    return this.lowerCaseCache;
  }

  /**
   * The text holds an ASCII digit. Every recognizer that asks goes on to read `digitRuns`, so the
   * runs answer it (a separate test would scan the text up to its first digit once more).
   */
  get hasDigit(): boolean {
    return this.digitRuns.length > 0;
  }

  private colonCache: number[] | undefined;

  /** Offsets of every ':' in text order (the secret and IP recognizers both visit them). */
  get colons(): readonly number[] {
    if (this.colonCache === undefined) {
      const colons: number[] = [];
      const text = this.text;
      for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) colons.push(at);
      this.colonCache = colons;
    }
    return this.colonCache;
  }

  private digitRunCache: number[] | undefined;
  /** Window lists already built, as [key, windows] pairs (a handful of sizes per scan). */
  private windowCache: Array<number | number[]> | undefined;

  /** [start, end) of every run of ASCII digits, flattened pairs in text order. */
  get digitRuns(): number[] {
    this.digitRunCache ??= findDigitRuns(this.text);
    return this.digitRunCache;
  }

  /**
   * Disjoint windows around every run of digits, widened by `before`/`after` characters, as
   * flattened quadruples [start, end, firstRun, endRun): the window's text range and the indices
   * (into `digitRuns` pairs) of the runs it holds. Digit-led recognizers scan only these, so prose
   * without numbers costs them nothing.
   */
  digitWindows(before: number, after: number): number[] {
    const key = before * 65536 + after;
    this.windowCache ??= [];
    const cache = this.windowCache;
    for (let i = 0; i < cache.length; i += 2) if (cache[i] === key) return cache[i + 1] as number[];
    const runs = this.digitRuns;
    const windows: number[] = [];
    const length = this.text.length;
    for (let i = 0; i < runs.length; i += 2) {
      const start = Math.max(0, runs[i]! - before);
      const end = Math.min(length, runs[i + 1]! + after);
      const last = windows.length - 4;
      if (last >= 0 && start <= windows[last + 1]!) {
        windows[last + 1] = end;
        windows[last + 3] = i / 2 + 1;
      } else windows.push(start, end, i / 2, i / 2 + 1);
    }
    cache.push(key, windows);
    return windows;
  }
}

const DIGIT = /\d/g;

/** [start, end) of every run of ASCII digits, flattened; the regex skips the prose between runs. */
function findDigitRuns(text: string): number[] {
  const runs: number[] = [];
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const start = DIGIT.lastIndex - 1;
    let end = start + 1;
    while (isDigitCode(text.charCodeAt(end))) end++;
    runs.push(start, end);
    DIGIT.lastIndex = end;
  }
  return runs;
}

/**
 * A necessary condition for a pattern to yield a candidate in a window, judged from the window's
 * digit runs (run indices [firstRun, endRun) into `scan.digitRuns`): windows that fail it are not
 * scanned at all. It must never reject a window the pattern could report from, and it must hold
 * for every range of runs that holds a range it holds for (it is first asked about all the runs
 * at once, so that text without a single match costs no windows).
 */
export type WindowFilter = (scan: ScanText, firstRun: number, endRun: number) => boolean;

/**
 * Most digits of a chain of runs joined by single separator characters for which `isSeparator`
 * holds ("4111 1111 1111 1111" → 16, "2024-03-18" → 8 with '-').
 */
export function longestDigitChain(
  scan: ScanText,
  firstRun: number,
  endRun: number,
  isSeparator: (code: number) => boolean,
): number {
  const runs = scan.digitRuns;
  const text = scan.text;
  let best = 0;
  let chain = 0;
  for (let r = firstRun; r < endRun; r++) {
    const start = runs[2 * r]!;
    const joined = r > firstRun && start - runs[2 * r - 1]! === 1 && isSeparator(text.charCodeAt(start - 1));
    chain = (joined ? chain : 0) + runs[2 * r + 1]! - start;
    if (chain > best) best = chain;
  }
  return best;
}

/**
 * `eachMatch` restricted to digit windows (those passing `filter`, when given); `match.index` is
 * reported in whole-text offsets. Matches never span two windows, so a window must be wide enough
 * for the whole entity.
 */
export function eachMatchNearDigits(
  pattern: RegExp,
  scan: ScanText,
  before: number,
  after: number,
  onMatch: (match: RegExpExecArray) => void,
  filter?: WindowFilter,
): void {
  if (filter !== undefined && !filter(scan, 0, scan.digitRuns.length / 2)) return;
  const windows = scan.digitWindows(before, after);
  const text = scan.text;
  for (let i = 0; i < windows.length; i += 4) {
    if (filter !== undefined && !filter(scan, windows[i + 2]!, windows[i + 3]!)) continue;
    const offset = windows[i]!;
    const slice = offset === 0 && windows[i + 1] === text.length ? text : text.slice(offset, windows[i + 1]);
    eachMatch(pattern, slice, (match) => {
      match.index += offset;
      onMatch(match);
    });
  }
}

export interface Recognizer {
  readonly type: string;
  find(scan: ScanText, out: Candidate[]): void;
}

export const CONTEXT_BOOST = 0.35;

const NON_ASCII = /[\u0080-\uffff]/;

/** A context-word list prepared once: `hasContext` runs one alternation per list. */
export interface ContextWords {
  pattern: RegExp;
  /** The same alternation with the `i` flag, when every word is ASCII. */
  caseInsensitive: RegExp | undefined;
}

const PREPARED = new WeakMap<readonly string[], ContextWords>();

/**
 * Prepares a context-word list. The alternation drops a word that holds another word of the list
 * (it can only match where the shorter one does) and groups the rest by first character, which
 * V8 scans faster; it matches in exactly the windows where one of the words occurs.
 */
export function contextWords(words: readonly string[]): ContextWords {
  let entry = PREPARED.get(words);
  if (entry === undefined) {
    const source = alternation(
      words.filter((word) => !words.some((other) => other !== word && word.includes(other))),
    );
    entry = {
      pattern: new RegExp(source),
      caseInsensitive: words.every((word) => !NON_ASCII.test(word)) ? new RegExp(source, 'i') : undefined,
    };
    PREPARED.set(words, entry);
  }
  return entry;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `a(?:bc|de)|f` for "abc", "ade" and "f": the words as one alternation, grouped by first character. */
function alternation(words: readonly string[]): string {
  if (words.some((word) => word.length === 0)) return words.map(escapeRegExp).join('|');
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const rests = byFirst.get(word.charAt(0));
    if (rests === undefined) byFirst.set(word.charAt(0), [word.slice(1)]);
    else rests.push(word.slice(1));
  }
  return [...byFirst]
    .map(([first, rests]) =>
      rests.length === 1
        ? escapeRegExp(first + rests[0])
        : `${escapeRegExp(first)}(?:${rests.map(escapeRegExp).join('|')})`,
    )
    .join('|');
}

/** True when one of `words` occurs in the `window` characters before `start` (or after `end`). */
export function hasContext(
  scan: ScanText,
  start: number,
  end: number,
  words: readonly string[] | ContextWords,
  before = 48,
  after = 0,
): boolean {
  // Bounded windows (an unbounded indexOf per candidate would make the scan quadratic).
  const { pattern, caseInsensitive } = 'pattern' in words ? words : contextWords(words);
  const from = Math.max(0, start - before);
  if (caseInsensitive !== undefined && scan.asciiCaseInsensitiveSlices) {
    // No lower-cased copy of the text: the slices are matched case-insensitively.
    const text = scan.text;
    if (caseInsensitive.test(text.slice(from, start))) return true;
    return after > 0 && caseInsensitive.test(text.slice(end, Math.min(text.length, end + after)));
  }
  const lower = scan.lower;
  if (pattern.test(lower.slice(from, start))) return true;
  return after > 0 && pattern.test(lower.slice(end, Math.min(lower.length, end + after)));
}

/** Runs a global regex over the text, calling `onMatch` per match; resets lastIndex. */
export function eachMatch(pattern: RegExp, text: string, onMatch: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    else onMatch(match);
  }
}

export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
