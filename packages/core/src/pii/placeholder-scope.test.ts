import { describe, expect, it } from 'vitest';
import { isTidyAscii, ScopeState } from './placeholder-scope.js';
import { foldedHash } from './recognizers/word-table.js';

const hashOf = (word: string) => foldedHash(word, 0, word.length);

describe('ScopeState.personPlaceholder', () => {
  it('numbers names as placeholderFor does and remembers them, repeats included', () => {
    const scope = new ScopeState();
    expect(scope.personPlaceholder('Mr. John Hansen')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder('Mr. John Hansen')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder('JOHN HANSEN')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder('Ann Lee')).toBe('<PERSON_2>');
    expect(scope.placeholderFor('PERSON', 'ann  lee')).toBe('<PERSON_2>');
    // Grouped by their first word's case-folded hash, each name once.
    expect(scope.personPlaceholder('John Hansen')).toBe('<PERSON_1>');
    expect([...(scope.knownNames?.byFirstWordHash ?? [])]).toEqual([
      [hashOf('Mr.'), ['Mr. John Hansen']],
      [hashOf('john'), ['John Hansen', 'JOHN HANSEN']],
      [hashOf('Ann'), ['Ann Lee']],
    ]);
  });

  it('carries on after a snapshot is restored (the name cache is not part of it)', () => {
    const scope = new ScopeState();
    scope.personPlaceholder('Ann Lee');
    const restored = ScopeState.fromSnapshot(structuredClone(scope.snapshot()));
    expect(restored.personPlaceholder('Ann Lee')).toBe('<PERSON_1>');
    expect(restored.personPlaceholder('Bo Ek')).toBe('<PERSON_2>');
    expect(restored.knownNames?.byFirstWordHash.get(hashOf('Ann'))).toEqual(['Ann Lee']);
  });
});

describe('isTidyAscii', () => {
  it('holds only for ASCII text whose whitespace is single inner spaces', () => {
    expect(isTidyAscii('ann lee')).toBe(true);
    expect(isTidyAscii('x')).toBe(true);
    for (const text of ['', ' ann', 'ann ', 'ann  lee', 'ann\tlee', 'ann\nlee', 'ann\u00a0lee', 'jos\u00e9'])
      expect(isTidyAscii(text)).toBe(false);
  });

  it('keeps the normalised forms: odd whitespace and titles still fold into one placeholder', () => {
    const scope = new ScopeState();
    expect(scope.personPlaceholder('Ann Lee')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder(' Ann\u00a0 Lee\t')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder('Prof. Ann Lee')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder('Professor Lee')).toBe('<PERSON_2>');
    expect(scope.placeholderFor('STREET_ADDRESS', '12 Main  Street\n')).toBe('<STREET_ADDRESS_1>');
    expect(scope.placeholderFor('STREET_ADDRESS', '12 MAIN STREET')).toBe('<STREET_ADDRESS_1>');
  });
});

describe('ScopeState known names', () => {
  it('sets the shape and hash bits of each first word, and stops at 100 names', () => {
    const scope = new ScopeState();
    expect(scope.knownNames).toBeUndefined();
    scope.rememberName('Ann Lee');
    scope.rememberName('Ann Lee');
    scope.rememberName('Bo');
    const known = scope.knownNames!;
    expect(known.firstWordShapes['A'.charCodeAt(0)]).toBe(1 << 3);
    expect(known.firstWordShapes['B'.charCodeAt(0)]).toBe(1 << 2);
    for (const word of ['Ann', 'Bo']) {
      const hash = hashOf(word);
      expect(known.firstWordHashBits[(hash >>> 5) & 127]! & (1 << (hash & 31))).not.toBe(0);
    }
    for (let i = 0; i < 120; i++) scope.rememberName(`Name${i} Lee`);
    const names = [...known.byFirstWordHash.values()].flat();
    expect(names).toHaveLength(100);
    expect(names.slice(0, 3)).toEqual(['Ann Lee', 'Bo', 'Name0 Lee']);
  });
});
