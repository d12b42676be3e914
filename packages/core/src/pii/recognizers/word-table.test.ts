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

  it('hashes case-folded ranges the way a lookup does', () => {
    table.getIfAscii('Grace', 0, 5);
    expect(foldedHash('gRaCe', 0, 5)).toBe(table.lastHash);
    expect(foldedHash('Grace', 0, 5)).not.toBe(foldedHash('Grave', 0, 5));
  });
});
