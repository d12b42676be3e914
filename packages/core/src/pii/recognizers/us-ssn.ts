/**
 * US_SSN: `ddd-dd-dddd` (or with spaces/dots, one kind of separator) at a medium score, nine bare
 * digits only with a context word. Invalidated as Presidio does: area 000, 666 or 9xx, group 00,
 * serial 0000, one repeated digit, and well-known sample numbers.
 */
import {
  type Candidate,
  eachMatchNearDigits,
  isWordChar,
  type Recognizer,
  type ScanText,
} from './recognizer.js';

const CANDIDATE = /\d{3}([- .]?)\d{2}\1\d{4}/g;
const CONTEXT = ['social security', 'social sec', 'ssn', 'ss#', 'ssid', 'social'];
const SAMPLES = new Set(['123456789', '987654321', '078051120', '219099999']);

export function ssnValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area.charCodeAt(0) === 57) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits) || SAMPLES.has(digits)) return false;
  return true;
}

function isSsnSeparator(code: number): boolean {
  return code === 45 || code === 32 || code === 46;
}

/**
 * An SSN the recognizer keeps is bounded by non-word characters, so its digits are whole runs: one
 * run of exactly nine digits, or runs of exactly three, two and four digits joined by one and the
 * same separator (a dash, space or dot).
 */
export function mayHoldSsn(scan: ScanText, firstRun: number, endRun: number): boolean {
  const runs = scan.digitRuns;
  const text = scan.text;
  for (let r = firstRun; r < endRun; r++) {
    const start = runs[2 * r]!;
    const end = runs[2 * r + 1]!;
    if (end - start === 9) return true;
    if (end - start !== 3 || r + 2 >= endRun) continue;
    const separator = text.charCodeAt(end);
    if (!isSsnSeparator(separator)) continue;
    const groupEnd = runs[2 * r + 3]!;
    if (runs[2 * r + 2] !== end + 1 || groupEnd - end - 1 !== 2) continue;
    if (text.charCodeAt(groupEnd) !== separator || runs[2 * r + 4] !== groupEnd + 1) continue;
    if (runs[2 * r + 5]! - groupEnd - 1 === 4) return true;
  }
  return false;
}

export const usSsnRecognizer: Recognizer = {
  type: 'US_SSN',
  find(scan: ScanText, out: Candidate[]): void {
    if (!scan.hasDigit) return;
    const text = scan.text;
    eachMatchNearDigits(
      CANDIDATE,
      scan,
      4,
      6,
      (match) => {
        const start = match.index;
        const end = start + match[0].length;
        const before = start > 0 ? text.charCodeAt(start - 1) : 0;
        if (isWordChar(before) || isWordChar(text.charCodeAt(end))) return;
        if (before === 45 || text.charCodeAt(end) === 45) return; // part of a longer dashed number
        const digits = match[1] ? match[0].replaceAll(match[1], '') : match[0];
        if (!ssnValid(digits)) return;
        // Dashes are the SSN's own format; spaced/dotted or bare digits need a context word.
        const score = match[1] === '-' ? 0.5 : 0.1;
        out.push({ type: 'US_SSN', start, end, score, context: CONTEXT });
      },
      mayHoldSsn,
    );
  },
};
