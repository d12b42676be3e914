/**
 * PHONE: international and national formats, found as digit runs joined by single separators
 * (space, dash, dot, slash, parentheses), an optional leading `+`, and an optional extension.
 * A candidate is validated by shape, not by a carrier database (random-looking but well-formed
 * numbers in logs are still PII):
 * - 7–15 digits (E.164 allows at most 15), not all the same digit;
 * - not a date, a time, a decimal, a version string or a dotted IP;
 * - groups of at least two digits (a single-digit group only right after `+`/a leading 1 or 0);
 * - a bare digit run, or a shape that is also an SSN, needs a context word ('phone', 'call', 'fax', …).
 * Scores: '+' or NANP-shaped 0.7, other formatted 0.5, with context +0.35.
 */
import {
  type Candidate,
  CONTEXT_BOOST,
  contextWords,
  eachMatchNearDigits,
  hasContext,
  isDigitCode,
  isWordChar,
  type Recognizer,
  type ScanText,
} from './recognizer.js';

const CANDIDATE = /(?:\+|\(\+?)?\d[\d()./ -]{4,22}\d(?: ?(?:x|ext\.?|#) ?\d{1,6})?/g;

const CONTEXT = [
  'phone',
  'call',
  'tel',
  'mobile',
  'cell',
  'fax',
  'office',
  'contact',
  'reach',
  'whatsapp',
  'sms',
  'text me',
  'dial',
  'answering',
  'phone number',
  'call me',
];
const CONTEXT_WORDS = contextWords(CONTEXT);

const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?: |$)/;
const SINGLE_DOT_DECIMAL = /^\d+\.\d+$/;

/** Returns the candidate's score before context (0 = rejected) and whether it needs context. */
export function phoneShapeScore(raw: string): { score: number; needsContext: boolean } {
  const reject = { score: 0, needsContext: false };
  // Dates are the commonest candidates by far. A date that opens the raw match opens its body too
  // (an extension starts with x, ext or #, after the date), which the check below rejects.
  if (DATE_LIKE.test(raw)) return reject;
  const extension = raw.search(/ ?(?:x|ext\.?|#) ?\d{1,6}$/);
  const body = extension === -1 ? raw : raw.slice(0, extension);
  const digits = body.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return reject;
  if (/^(\d)\1+$/.test(digits)) return reject;
  if (DATE_LIKE.test(body) || SINGLE_DOT_DECIMAL.test(body)) return reject;
  if (countOf(body, 40) !== countOf(body, 41)) return reject; // '(' and ')'
  if (/[ ./-]{2}|[().][.]|\.\(/.test(body.replace(/\) /g, ')'))) return reject;
  const international = body.startsWith('+') || body.startsWith('(+');
  const groups = digitGroups(body);
  const dots = countOf(body, 46);
  if (dots > 0 && groups.length === 4 && groups.every((group) => group.length <= 3)) return reject; // IPv4-like
  // Single-digit groups: a leading trunk/country digit; in '+' numbers up to two ("+33 1 …", "(0)30 …-0").
  let singles = 0;
  for (let i = 0; i < groups.length; i++) {
    if (groups[i]!.length !== 1) continue;
    if (i === 0 && (international || groups[i] === '1' || groups[i] === '0')) continue;
    if (!international || ++singles > 2) return reject;
  }
  const weak = { score: 0.3, needsContext: true };
  if (groups.length === 1) return international ? { score: 0.7, needsContext: false } : weak;
  if (international) return { score: 0.7, needsContext: false };
  // Short numbers, version-like dotted pairs and the SSN shape are phones only with a cue word.
  if (digits.length < 9 && !/^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(body)) return weak;
  if (dots >= 2 && groups.every((group) => group.length <= 2)) return weak;
  if (/^\d{3}-\d{2}-\d{4}$/.test(body)) return weak;
  const nanp = /^(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(body);
  return { score: nanp ? 0.7 : 0.5, needsContext: false };
}

/** How many times the code unit `code` occurs in `text`. */
function countOf(text: string, code: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) count++;
  return count;
}

/** The runs of ASCII digits of `text`, in order (`split(/[^\d]+/)` without the empty ends). */
export function digitGroups(text: string): string[] {
  const groups: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    const start = i;
    while (isDigitCode(text.charCodeAt(i + 1))) i++;
    groups.push(text.slice(start, i + 1));
  }
  return groups;
}

/** `[()./ -]`: the characters a phone number's digit groups may be joined by. */
function isPhoneJoiner(code: number): boolean {
  return code === 32 || code === 40 || code === 41 || code === 45 || code === 46 || code === 47;
}

/** `[-/.]`: the separators of a date's digit groups. */
function isDateSeparator(code: number): boolean {
  return code === 45 || code === 47 || code === 46;
}

/**
 * Runs `r`, `r + 1` and `r + 2` make a date that ends after run `r + 2` ("2024-03-18", "3/31/1934"
 * followed by a space, a letter, a quote, the end…): a number that opens with it is rejected as
 * date-like, whatever follows (a later digit group would follow the space).
 */
function opensDate(scan: ScanText, r: number): boolean {
  const runs = scan.digitRuns;
  const text = scan.text;
  if (2 * r + 5 >= runs.length) return false;
  const first = runs[2 * r + 1]! - runs[2 * r]!;
  const second = runs[2 * r + 3]! - runs[2 * r + 2]!;
  const third = runs[2 * r + 5]! - runs[2 * r + 4]!;
  const shaped = second <= 2 && (first === 4 ? third <= 2 : first <= 2 && third >= 2 && third <= 4);
  if (!shaped) return false;
  for (let k = 1; k <= 3; k += 2) {
    const gapStart = runs[2 * r + k]!;
    if (runs[2 * r + k + 1] !== gapStart + 1 || !isDateSeparator(text.charCodeAt(gapStart))) return false;
  }
  // A joiner other than a space would carry the number on past the date.
  const after = text.charCodeAt(runs[2 * r + 5]!);
  return after === 32 || !isPhoneJoiner(after);
}

/**
 * A kept phone has six or more digits in runs joined only by `[()./ -]` characters, from a run
 * that can open one: the character before it is no word character, dot or dash (a kept number's
 * first digit, or the `+` or `(` before it, follows such a character), and unless that is a `+` or
 * `(` the run does not open a date.
 */
export function mayHoldPhone(scan: ScanText, firstRun: number, endRun: number): boolean {
  const runs = scan.digitRuns;
  const text = scan.text;
  for (let r = firstRun; r < endRun; r++) {
    const before = text.charCodeAt(runs[2 * r]! - 1);
    if (isWordChar(before) || before === 46 || before === 45) continue;
    if (chainDigits(scan, r, endRun) < 6) continue;
    if (before === 43 || before === 40 || !opensDate(scan, r)) return true;
  }
  return false;
}

/**
 * Digits of the runs from `r` on joined only by `[()./ -]` characters, counted up to six. A kept
 * number holds whole runs and at most 15 digits, so the chain stops before a longer run.
 */
function chainDigits(scan: ScanText, r: number, endRun: number): number {
  const runs = scan.digitRuns;
  const text = scan.text;
  let digits = 0;
  for (let next = r; digits < 6 && next < endRun; next++) {
    if (next > r)
      for (let k = runs[2 * next - 1]!; k < runs[2 * next]!; k++)
        if (!isPhoneJoiner(text.charCodeAt(k))) return digits;
    const length = runs[2 * next + 1]! - runs[2 * next]!;
    if (length > 15) return digits;
    digits += length;
  }
  return digits;
}

export const phoneRecognizer: Recognizer = {
  type: 'PHONE',
  find(scan: ScanText, out: Candidate[]): void {
    if (!scan.hasDigit) return;
    const text = scan.text;
    eachMatchNearDigits(
      CANDIDATE,
      scan,
      4,
      8,
      (match) => {
        let raw = match[0];
        let start = match.index;
        // A '(' that opens the match but is never closed is prose punctuation, not part of the number.
        if (raw.startsWith('(') && !raw.includes(')')) {
          raw = raw.slice(1);
          start++;
        }
        const end = start + raw.length;
        const before = start > 0 ? text.charCodeAt(start - 1) : 0;
        if (isWordChar(before) || before === 46 || before === 45 || isWordChar(text.charCodeAt(end))) return;
        const shape = phoneShapeScore(raw);
        if (shape.score === 0) return;
        const context = hasContext(scan, start, end, CONTEXT_WORDS, 48, 12);
        if (shape.needsContext && !context) return;
        out.push({
          type: 'PHONE',
          start,
          end,
          score: Math.min(1, shape.score + (context ? CONTEXT_BOOST : 0)),
        });
      },
      mayHoldPhone,
    );
  },
};
