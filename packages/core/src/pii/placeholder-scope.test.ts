import { describe, expect, it } from 'vitest';
import { isTidyAscii, ScopeState } from './placeholder-scope.js';

describe('ScopeState.personPlaceholder', () => {
  it('numbers names as placeholderFor does and remembers them, repeats included', () => {
    const scope = new ScopeState();
    expect(scope.personPlaceholder('Mr. John Hansen')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder('Mr. John Hansen')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder('JOHN HANSEN')).toBe('<PERSON_1>');
    expect(scope.personPlaceholder('Ann Lee')).toBe('<PERSON_2>');
    expect(scope.placeholderFor('PERSON', 'ann  lee')).toBe('<PERSON_2>');
    expect([...(scope.knownNames?.byFirstWord.keys() ?? [])]).toEqual(['Mr.', 'John', 'JOHN', 'Ann']);
  });

  it('carries on after a snapshot is restored (the name cache is not part of it)', () => {
    const scope = new ScopeState();
    scope.personPlaceholder('Ann Lee');
    const restored = ScopeState.fromSnapshot(structuredClone(scope.snapshot()));
    expect(restored.personPlaceholder('Ann Lee')).toBe('<PERSON_1>');
    expect(restored.personPlaceholder('Bo Ek')).toBe('<PERSON_2>');
    expect(restored.knownNames?.byFirstWord.get('Ann')).toEqual(['Ann Lee']);
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
