import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';
import { ibanValid, mayHoldIban } from './iban.js';
import { ScanText } from './recognizer.js';

describe('IBAN recognizer', () => {
  it.each([
    'GB82WEST12345698765432',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'NO9386011117947',
    'MT84MALT011000012345MTLCAST001S',
    'GB82 WEST 1234 5698 7654 32',
    'gb82west12345698765432',
  ])('finds %s', (iban) => {
    expect(found(`My IBAN is ${iban}, thanks`, 'IBAN')).toEqual([iban]);
  });

  it.each([
    ['GB83WEST12345698765432', 'bad check digits'],
    ['DE8937040044053201300', 'wrong length for DE'],
    ['XX89370400440532013000', 'unknown country'],
    ['GB82WEST1234569876543X', 'BBAN changed'],
  ])('rejects %s (%s)', (iban) => {
    expect(found(`IBAN ${iban}`, 'IBAN')).toEqual([]);
  });

  it('scans only digits right after two letters that open a word', () => {
    const holds = (text: string) => {
      const scan = new ScanText(text);
      return mayHoldIban(scan, 0, scan.digitRuns.length / 2);
    };
    expect(holds('iban GB82WEST12345698765432')).toBe(true);
    expect(holds('(de89 3704')).toBe(true);
    expect(holds('xGB82WEST12345698765432 COVID19 in 2020')).toBe(false);
    expect(found('xGB82WEST12345698765432', 'IBAN')).toEqual([]);
  });

  it('validates mod-97 directly', () => {
    expect(ibanValid('BE68539007547034')).toBe(true);
    expect(ibanValid('BE68539007547035')).toBe(false);
  });
});
