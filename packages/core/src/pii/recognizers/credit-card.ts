/**
 * CREDIT_CARD: 12–19 digits, optionally grouped by single spaces or dashes (one kind of separator),
 * starting with an issuer prefix of a known network (Visa incl. 19-digit, Mastercard incl. the
 * 2221–2720 range, Amex, Discover, Diners, JCB, UnionPay, Maestro, UATP), and passing Luhn.
 */
import { luhnValid } from './checksums.js';
import {
  type Candidate,
  eachMatchNearDigits,
  isWordChar,
  longestDigitChain,
  type Recognizer,
  type ScanText,
} from './recognizer.js';

const CANDIDATE = /\d{12,19}(?!\d)|\d{4}(?:[ -]\d{2,7}){2,4}/g;

const CONTEXT = [
  'credit',
  'card',
  'visa',
  'mastercard',
  'amex',
  'discover',
  'jcb',
  'diners',
  'maestro',
  'cc ',
];

/** True when the prefix belongs to a network that issues cards of this length. */
export function cardPrefixPlausible(digits: string): boolean {
  const length = digits.length;
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  switch (digits.charCodeAt(0) - 48) {
    case 1:
      return length === 15; // UATP
    case 2:
      return length === 16 && four >= 2221 && four <= 2720;
    case 3:
      if (two === 34 || two === 37) return length === 15;
      if (two === 35) return length >= 16 && length <= 19;
      if (two === 30 || two === 36 || two === 38 || two === 39) return length >= 14 && length <= 19;
      return false;
    case 4:
      return length === 13 || length === 16 || length === 19;
    case 5:
      if (two >= 51 && two <= 55) return length === 16;
      return length >= 12 && length <= 19; // Maestro 50, 56–59
    case 6:
      return length >= 12 && length <= 19; // Discover, UnionPay, Maestro, RuPay
    default:
      return false;
  }
}

function isCardSeparator(code: number): boolean {
  return code === 32 || code === 45;
}

/** A card has 12+ digits, in one run or in groups joined by single spaces or dashes. */
function mayHoldCard(scan: ScanText, firstRun: number, endRun: number): boolean {
  return longestDigitChain(scan, firstRun, endRun, isCardSeparator) >= 12;
}

export const creditCardRecognizer: Recognizer = {
  type: 'CREDIT_CARD',
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
        if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return;
        let raw = match[0];
        const hasSpace = raw.includes(' ');
        const hasDash = raw.includes('-');
        if (hasSpace && hasDash) return;
        // A grouped card may be followed by another number ("4111 1111 1111 1111 2027"): drop groups.
        for (;;) {
          const digits = hasSpace || hasDash ? raw.replace(/[ -]/g, '') : raw;
          const bounded = !isWordChar(text.charCodeAt(start + raw.length));
          if (
            bounded &&
            digits.length >= 12 &&
            digits.length <= 19 &&
            cardPrefixPlausible(digits) &&
            luhnValid(digits)
          ) {
            out.push({ type: 'CREDIT_CARD', start, end: start + raw.length, score: 1, context: CONTEXT });
            return;
          }
          const cut = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('-'));
          if (cut <= 0 || digits.length < 12) return;
          raw = raw.slice(0, cut);
        }
      },
      mayHoldCard,
    );
  },
};
