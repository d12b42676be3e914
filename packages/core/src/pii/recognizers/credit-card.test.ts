import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';
import { luhnValid } from './checksums.js';
import { cardPrefixPlausible } from './credit-card.js';

describe('credit card recognizer', () => {
  it.each([
    ['4111111111111111', 'Visa 16'],
    ['4222000000000000006', 'Visa 19'],
    ['5555555555554444', 'Mastercard 5x'],
    ['2223000000000007', 'Mastercard 2-series'],
    ['378282246310005', 'Amex'],
    ['6011111111111117', 'Discover'],
    ['3530000000000003', 'JCB'],
    ['30560000000007', 'Diners 14'],
    ['501800000009', 'Maestro 12'],
    ['6200000000000000000', 'UnionPay 19'],
    ['180000000000002', 'UATP'],
    ['4111 1111 1111 1111', 'spaced'],
    ['4111-1111-1111-1111', 'dashed'],
    ['3782 822463 10005', 'Amex 4-6-5'],
  ])('finds %s (%s)', (card) => {
    expect(found(`paid with card ${card} today`, 'CREDIT_CARD')).toEqual([card]);
  });

  it.each([
    ['4111111111111112', 'Luhn fails'],
    ['1234567812345670', 'no issuer with prefix 1 and 16 digits'],
    ['9111111111111111', 'no issuer with prefix 9'],
    ['4111-1111 1111-1111', 'mixed separators'],
    ['41111111111111110000', 'too long'],
    ['x4111111111111111', 'inside a word'],
  ])('rejects %s (%s)', (card) => {
    expect(found(`number ${card} here`, 'CREDIT_CARD')).toEqual([]);
  });

  it('keeps a grouped card that is followed by another number', () => {
    expect(found('card 4111 1111 1111 1111 2027', 'CREDIT_CARD')).toEqual(['4111 1111 1111 1111']);
  });

  it('validates Luhn and prefixes directly', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(cardPrefixPlausible('2720990000000000')).toBe(true);
    expect(cardPrefixPlausible('2721000000000000')).toBe(false);
  });
});
