import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';
import { ScanText } from './recognizer.js';
import { mayHoldSsn, ssnValid } from './us-ssn.js';

describe('US SSN recognizer', () => {
  it('finds dashed SSNs without context', () => {
    expect(found('ref 536-32-3065 on file', 'US_SSN')).toEqual(['536-32-3065']);
  });

  it('needs a context word for spaced or bare digits', () => {
    expect(found('My SSN: 536 32 3065', 'US_SSN')).toEqual(['536 32 3065']);
    expect(found('social security number 536323065', 'US_SSN')).toEqual(['536323065']);
    expect(found('order 536323065 shipped', 'US_SSN')).toEqual([]);
  });

  it.each([
    ['000-12-3456', 'area 000'],
    ['666-12-3456', 'area 666'],
    ['912-34-5678', 'area 9xx'],
    ['123-00-4567', 'group 00'],
    ['123-45-0000', 'serial 0000'],
    ['111-11-1111', 'one repeated digit'],
    ['123-45-6789', 'sample number'],
    ['123-45 6788', 'mixed delimiters'],
  ])('rejects %s (%s)', (ssn) => {
    expect(found(`SSN: ${ssn}`, 'US_SSN')).toEqual([]);
  });

  it('scans only digit runs shaped like an SSN', () => {
    const holds = (text: string) => {
      const scan = new ScanText(text);
      return mayHoldSsn(scan, 0, scan.digitRuns.length / 2);
    };
    for (const text of ['x 536-32-3065 y', '536 32 3065', '536.32.3065', 'n 536323065'])
      expect(holds(text), text).toBe(true);
    // Mixed separators, wrong group sizes, dates and times, ten bare digits.
    for (const text of ['536-32 3065', '536-322-3065', '1536-32-3065', '2016-05-11 04:56:50', '5363230651'])
      expect(holds(text), text).toBe(false);
  });

  it('invalidates directly', () => {
    expect(ssnValid('536323065')).toBe(true);
    expect(ssnValid('078051120')).toBe(false);
  });
});
