import { describe, expect, it } from 'vitest';
import { ScopeState } from './placeholder-scope.js';

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
