/**
 * IBAN: a country code with its registered length, two check digits and a BBAN, optionally in
 * groups of four separated by single spaces; validated with ISO 7064 mod 97-10. Case-insensitive.
 */
import { ibanMod97Valid } from './checksums.js';
import {
  type Candidate,
  eachMatchNearDigits,
  isWordChar,
  type Recognizer,
  type ScanText,
} from './recognizer.js';

const CANDIDATE = /[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?/g;

/** IBAN lengths per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '').toUpperCase();
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  return expected === iban.length && ibanMod97Valid(iban);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * A kept IBAN starts with two letters right before two or more digits ("GB82", "de89"), after a
 * character that is no word character.
 */
export function mayHoldIban(scan: ScanText, firstRun: number, endRun: number): boolean {
  const runs = scan.digitRuns;
  const text = scan.text;
  for (let r = firstRun; r < endRun; r++) {
    const start = runs[2 * r]!;
    if (
      runs[2 * r + 1]! - start >= 2 &&
      isAsciiLetter(text.charCodeAt(start - 1)) &&
      isAsciiLetter(text.charCodeAt(start - 2)) &&
      !isWordChar(text.charCodeAt(start - 3))
    )
      return true;
  }
  return false;
}

export const ibanRecognizer: Recognizer = {
  type: 'IBAN',
  find(scan: ScanText, out: Candidate[]): void {
    if (!scan.hasDigit) return;
    const text = scan.text;
    eachMatchNearDigits(
      CANDIDATE,
      scan,
      4,
      12,
      (match) => {
        const start = match.index;
        if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return;
        // The optional groups are greedy; a valid IBAN may be a prefix of the match (a word follows).
        let value = match[0];
        while (value.length >= 15) {
          if (!isWordChar(text.charCodeAt(start + value.length)) && ibanValid(value)) {
            out.push({ type: 'IBAN', start, end: start + value.length, score: 1 });
            return;
          }
          value = value.slice(0, -1).trimEnd();
        }
      },
      mayHoldIban,
    );
  },
};
