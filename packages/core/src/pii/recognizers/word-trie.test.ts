import { describe, expect, it } from 'vitest';
import { wordTrie } from './word-trie.js';

describe('wordTrie', () => {
  it('shares prefixes and makes the rest optional where a word ends', () => {
    expect(wordTrie(['street', 'st', 'square', 'sq', 'way'])).toBe('s(?:t(?:reet)?|q(?:uare)?)|way');
    expect(wordTrie(['ave', 'avenue', 'alley'])).toBe('a(?:ve(?:nue)?|lley)');
  });

  it('matches exactly the words of the set, escaping regex characters', () => {
    const words = ['str.', 'straße', 'st', 'street', 'ul.', 'ulica', 'rue', 'rua', 'a', 'ab'];
    const pattern = new RegExp(`^(?:${wordTrie(words)})$`);
    for (const word of words) expect(pattern.test(word)).toBe(true);
    for (const other of ['str', 'strx', 'stre', 'ul', 'ulx', 'ru', 'b', '', 'streets'])
      expect(pattern.test(other)).toBe(false);
  });
});
