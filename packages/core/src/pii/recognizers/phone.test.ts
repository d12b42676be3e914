import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';
import { digitGroups, mayHoldPhone } from './phone.js';
import { ScanText } from './recognizer.js';

describe('phone recognizer', () => {
  it.each([
    '+44 20 7946 0958',
    '(415) 555-0132',
    '415-555-0132',
    '415.555.0132',
    '+1-202-555-0143x123',
    '001-668-040-8670',
    '+49 30 901820',
    '0431 19 97 94',
    '+33 1 42 68 53 00',
    '+49 (0)30 901820-0',
    '1-800-555-0199',
    '(212)555-0198x1234',
  ])('finds %s', (phone) => {
    expect(found(`reach us at ${phone} please`, 'PHONE')).toEqual([phone]);
  });

  it('accepts short or bare numbers only with a context word', () => {
    expect(found('You can call 33 93 31', 'PHONE')).toEqual(['33 93 31']);
    expect(found('Phone: 3732695155', 'PHONE')).toEqual(['3732695155']);
    expect(found('Scores were 33 93 31 this week', 'PHONE')).toEqual([]);
    expect(found('Invoice 3732695155 is paid', 'PHONE')).toEqual([]);
  });

  it.each([
    ['2024-03-18', 'a date'],
    ['18/03/2024', 'a date'],
    ['12.5', 'a decimal'],
    ['192.168.10.1', 'an IP address'],
    ['1 2 3 4 5 6 7', 'single digits'],
    ['5555555555', 'one repeated digit'],
    ['1234567890123456789', 'too long'],
  ])('rejects %s (%s)', (value) => {
    expect(found(`value ${value} here`, 'PHONE')).toEqual([]);
  });

  it('scans only digit runs that can open a kept number', () => {
    const holds = (text: string) => {
      const scan = new ScanText(text);
      return mayHoldPhone(scan, 0, scan.digitRuns.length / 2);
    };
    // Dates (alone, before a space, a letter or a quote) open no number; the rest may.
    for (const text of [
      '"2016-05-11 04:56:50"',
      'on 3/31/19, then',
      '2024-03-18T14:02:11Z',
      'a415-555-0132',
      '4111111111111111',
      '12 4111111111111111',
    ])
      expect(holds(text), text).toBe(false);
    for (const text of [
      '415-555-0132',
      '2024-03-18-1234',
      '(2024-03-18) 12 34',
      '4111111111111111 415-555-0132',
      '+2024-03-18',
      '2024-03-18.5 55',
    ])
      expect(holds(text), text).toBe(true);
  });

  it('finds numbers next to dates', () => {
    expect(found('on 2024-03-18 call 415-555-0132', 'PHONE')).toEqual(['415-555-0132']);
    expect(found('due 18/03/2024; phone (415) 555-0132', 'PHONE')).toEqual(['(415) 555-0132']);
  });
});

describe('digitGroups', () => {
  it('lists the digit runs as splitting on non-digits and dropping empty parts does', () => {
    const alphabet = '0123456789 .-()/+x#\u0660a';
    let seed = 3;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let i = next(20); i > 0; i--) text += alphabet[next(alphabet.length)];
      expect(digitGroups(text)).toEqual(text.split(/[^\d]+/).filter((group) => group.length > 0));
    }
  });
});
