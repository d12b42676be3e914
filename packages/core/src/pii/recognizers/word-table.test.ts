import { describe, expect, it } from 'vitest';
import { foldedHash, WordTable } from './word-table.js';

describe('word table', () => {
  const table = new WordTable(8);
  table.add('grace', 1);
  table.add('grace', 4);
  table.add('müller', 2);
  table.add('st.', 8);

  it('looks words up from a text range, folding ASCII and Latin-1 capitals', () => {
    const text = 'Dear GRACE, Grace and MÜLLER met at St. Ives';
    expect(table.getAsciiRange(text, 5, 10)).toBe(5);
    expect(table.getAsciiRange(text, 12, 17)).toBe(5);
    expect(table.getAsciiRange(text, 22, 28)).toBe(2);
    expect(table.getAsciiRange(text, 36, 39)).toBe(8);
    expect(table.getAsciiRange(text, 0, 4)).toBe(0);
    // Repeated lookups (served by the small cache) give the same answers.
    expect(table.getAsciiRange(text, 5, 10)).toBe(5);
    expect(table.getAsciiRange(text, 0, 4)).toBe(0);
  });

  it('agrees between string keys, ranges and the ASCII-only variant', () => {
    expect(table.get('grace')).toBe(5);
    expect(table.get('Grace')).toBe(0); // string keys are taken as given (lower-case)
    expect(table.getIfAscii('x Grace', 2, 7)).toBe(5);
    expect(table.getIfAscii('x Müller', 2, 8)).toBe(-1);
    expect(table.lastHash).toBe(table.lastHash);
  });

  it('walks an ASCII word and looks it up in the same pass', () => {
    table.add("o'neil-ray", 16);
    const text = "Dear O'Neil-Ray, GRACE.Müller";
    expect(table.hashAsciiWord(text, 5)).toBe(15);
    expect(table.lookupHashed()).toBe(16);
    expect(table.lastHash).toBe(foldedHash(text, 5, 15));
    expect(table.lastWalkHadLower).toBe(true);
    // The walk stops before a period and before a non-ASCII letter.
    expect(table.hashAsciiWord(text, 17)).toBe(22);
    expect(table.lookupHashed()).toBe(5);
    expect(table.lastWalkHadLower).toBe(false);
    expect(table.hashAsciiWord(text, 23)).toBe(24);
    expect(table.lookupHashed()).toBe(table.getIfAscii(text, 23, 24));
  });

  it('stops its walk at the characters next to the letter ranges and sees lower case only in letters', () => {
    // @ [ ` { sit next to A–Z and a–z; ' and - continue a word but are no lower-case letter.
    for (const stop of ['@', '[', '`', '{', '\u00c1', '\u00e1']) {
      const text = `O'-X${stop}y`;
      expect(table.hashAsciiWord(text, 0)).toBe(4);
      expect(table.lastWalkHadLower).toBe(false);
      expect(table.lastHash).toBe(foldedHash(text, 0, 4));
    }
    expect(table.hashAsciiWord('Az-', 0)).toBe(3);
    expect(table.lastWalkHadLower).toBe(true);
  });

  it('gives each word its own flags when many keys share the cache of recent lookups', () => {
    const big = new WordTable(16);
    const word = (k: number) => `w${k.toString(36)}x`;
    for (let k = 0; k < 20000; k += 2) big.add(word(k), (k % 255) + 1);
    // Twice over: the second pass reads what the first left in the cache.
    const wrong: string[] = [];
    for (let pass = 0; pass < 2; pass++)
      for (let k = 0; k < 20000; k++) {
        const text = ` ${word(k).toUpperCase()} `;
        const expected = k % 2 === 0 ? (k % 255) + 1 : 0;
        if (big.getIfAscii(text, 1, text.length - 1) !== expected) wrong.push(word(k));
      }
    expect(wrong).toEqual([]);
  });

  it('hashes case-folded ranges the way a lookup does', () => {
    table.getIfAscii('Grace', 0, 5);
    expect(foldedHash('gRaCe', 0, 5)).toBe(table.lastHash);
    expect(foldedHash('Grace', 0, 5)).not.toBe(foldedHash('Grave', 0, 5));
  });
});
