/**
 * Lazily built lookup sets for the PERSON recognizer (built on first use, ~10 ms, then shared by
 * every masker in the process: they are immutable).
 */
import { ENGLISH_WORDS_TEXT } from '../data/english-words.js';
import { AMBIGUOUS_NAMES_TEXT, FIRST_NAMES_TEXT, LAST_NAMES_TEXT } from '../data/name-data.js';

export interface NameLexicon {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
  english: ReadonlySet<string>;
}

let lexicon: NameLexicon | undefined;

function toSet(text: string): Set<string> {
  return new Set(text.split(' ').filter((word) => word.length > 0));
}

export function nameLexicon(): NameLexicon {
  lexicon ??= {
    first: toSet(FIRST_NAMES_TEXT),
    last: toSet(LAST_NAMES_TEXT),
    ambiguous: toSet(AMBIGUOUS_NAMES_TEXT),
    english: toSet(ENGLISH_WORDS_TEXT),
  };
  return lexicon;
}
