/** Checksums and randomness measures used to validate candidates. */

/** Luhn (mod 10) over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 7064 mod 97-10 over an upper-case IBAN without spaces. */
export function ibanMod97Valid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

const ASCII_COUNTS = new Int32Array(128);

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  if (!NON_ASCII.test(value)) return asciiEntropy(value);
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** `shannonEntropy` of an ASCII string: counts in a reused array, summed in first-seen order. */
function asciiEntropy(value: string): number {
  const order: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const seen = ASCII_COUNTS[code]!;
    ASCII_COUNTS[code] = seen + 1;
    if (seen === 0) order.push(code);
  }
  let entropy = 0;
  for (const code of order) {
    const p = ASCII_COUNTS[code]! / value.length;
    ASCII_COUNTS[code] = 0;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
