import { describe, expect, it } from 'vitest';
import { contextWords, hasContext, longestDigitChain, ScanText } from './recognizer.js';

describe('recognizer helpers', () => {
  it('finds context words in the window before a match, in any case', () => {
    const scan = new ScanText('Please CALL me at 555 0100');
    expect(hasContext(scan, 18, 26, ['call'])).toBe(true);
    expect(hasContext(scan, 18, 26, ['fax'])).toBe(false);
    expect(hasContext(scan, 18, 26, ['call'], 5)).toBe(false);
  });

  it('keeps whole-text offsets when lower-casing lengthens the text (U+0130)', () => {
    // "İ" lower-cases to two code units, so windows come from the whole-text lower case.
    const text = 'İİİİ call 555 0100';
    const scan = new ScanText(text);
    expect(hasContext(scan, text.indexOf('555'), text.length, ['call'], 8)).toBe(
      scan.lower.slice(text.indexOf('555') - 8, text.indexOf('555')).includes('call'),
    );
    expect(hasContext(new ScanText('Istanbul, call 555'), 15, 18, ['call'], 8)).toBe(true);
    // The Kelvin sign lower-cases to "k": found as the whole-text lower case finds it.
    expect(hasContext(new ScanText('ta\u212ae 555'), 5, 8, ['take'], 8)).toBe(true);
  });

  it('prepares a context-word list that matches exactly where one of its words occurs', () => {
    const words = ['name is', 'name', 'named', 'dear', 'd.r', 'hi ', 'his '];
    const prepared = contextWords(words);
    expect(contextWords(words)).toBe(prepared);
    const samples = ['my NAME', 'nam e', 'Dear', 'dxr', 'd.r', 'hi', 'this is', 'hiss', 'Named', ''];
    for (const sample of samples) {
      const scan = new ScanText(sample);
      const expected = words.some((word) => sample.toLowerCase().includes(word));
      expect(hasContext(scan, sample.length, sample.length, prepared, 48)).toBe(expected);
      expect(hasContext(scan, sample.length, sample.length, words, 48)).toBe(expected);
    }
  });

  it('measures digit chains joined by single separators', () => {
    const scan = new ScanText('card 4111 1111-1111 1111, year 2024');
    const runs = scan.digitRuns.length / 2;
    expect(longestDigitChain(scan, 0, runs, (code) => code === 32 || code === 45)).toBe(16);
    expect(longestDigitChain(scan, 0, runs, (code) => code === 32)).toBe(8);
  });

  it('lists the colons of the text', () => {
    expect(new ScanText('a: b::c :').colons).toEqual([1, 4, 5, 8]);
    expect(new ScanText('none').colons).toEqual([]);
  });
});
