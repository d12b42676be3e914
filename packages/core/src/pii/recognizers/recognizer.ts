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

/** Lazily computed views of one text, shared by all recognizers of a scan. */
export class ScanText {
  private lowerCache: string | undefined;
  private digitCache: boolean | undefined;

  /**
   * @param knownNames PERSON values already found in this trace, keyed by their first word; the
   * person recognizer masks later mentions of them (trace-level consistency).
   */
  constructor(
    readonly text: string,
    readonly knownNames?: ReadonlyMap<string, readonly string[]>,
  ) {}

  get lower(): string {
    this.lowerCache ??= this.text.toLowerCase();
    return this.lowerCache;
  }

  get hasDigit(): boolean {
    this.digitCache ??= /\d/.test(this.text);
    return this.digitCache;
  }

  private digitRuns: number[] | undefined;
  private readonly windowCache = new Map<number, number[]>();

  /**
   * Disjoint [start, end) windows (flattened pairs) around every run of digits, widened by
   * `before`/`after` characters. Digit-led recognizers scan only these, so prose without numbers
   * costs them nothing.
   */
  digitWindows(before: number, after: number): number[] {
    const key = before * 65536 + after;
    const cached = this.windowCache.get(key);
    if (cached !== undefined) return cached;
    if (this.digitRuns === undefined) {
      const runs: number[] = [];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 48 || code > 57) continue;
        const start = i;
        while (i + 1 < text.length && isDigitCode(text.charCodeAt(i + 1))) i++;
        runs.push(start, i + 1);
      }
      this.digitRuns = runs;
    }
    const windows: number[] = [];
    const length = this.text.length;
    for (let i = 0; i < this.digitRuns.length; i += 2) {
      const start = Math.max(0, this.digitRuns[i]! - before);
      const end = Math.min(length, this.digitRuns[i + 1]! + after);
      if (windows.length > 0 && start <= windows[windows.length - 1]!) windows[windows.length - 1] = end;
      else windows.push(start, end);
    }
    this.windowCache.set(key, windows);
    return windows;
  }
}

/**
 * `eachMatch` restricted to digit windows; `match.index` is reported in whole-text offsets.
 * Matches never span two windows, so a window must be wide enough for the whole entity.
 */
export function eachMatchNearDigits(
  pattern: RegExp,
  scan: ScanText,
  before: number,
  after: number,
  onMatch: (match: RegExpExecArray) => void,
): void {
  const windows = scan.digitWindows(before, after);
  const text = scan.text;
  for (let i = 0; i < windows.length; i += 2) {
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

const WORD_PATTERNS = new WeakMap<readonly string[], RegExp>();

/** One alternation per context-word list: a single regex test instead of one `includes` per word. */
function wordsPattern(words: readonly string[]): RegExp {
  let pattern = WORD_PATTERNS.get(words);
  if (pattern === undefined) {
    pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    WORD_PATTERNS.set(words, pattern);
  }
  return pattern;
}

/** True when one of `words` occurs in the `window` characters before `start` (or after `end`). */
export function hasContext(
  scan: ScanText,
  start: number,
  end: number,
  words: readonly string[],
  before = 48,
  after = 0,
): boolean {
  const lower = scan.lower;
  // Bounded windows (an unbounded indexOf per candidate would make the scan quadratic).
  const pattern = wordsPattern(words);
  if (pattern.test(lower.slice(Math.max(0, start - before), start))) return true;
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
