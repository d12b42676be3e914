/**
 * A regex source for a closed set of words, shaped as a tree of shared prefixes
 * ("s(?:t(?:reet)?|q(?:uare)?)" rather than "street|st|square|sq"): it matches the same strings,
 * but Irregexp tries one branch per first character instead of every word in turn, which matters
 * for a regex tried at every word of prose.
 */
export function wordTrie(words: readonly string[]): string {
  return branches(words.filter((word) => word.length > 0)).join('|');
}

/** The alternatives for non-empty `words`, one per first character. */
function branches(words: readonly string[]): string[] {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const rests = byFirst.get(word.charAt(0));
    if (rests === undefined) byFirst.set(word.charAt(0), [word.slice(1)]);
    else rests.push(word.slice(1));
  }
  return [...byFirst].map(([first, rests]) => {
    const longer = rests.filter((rest) => rest.length > 0);
    if (longer.length === 0) return escapeCharacter(first);
    const below = branches(longer);
    // A word that ends here makes the rest optional.
    if (longer.length < rests.length) return `${escapeCharacter(first)}(?:${below.join('|')})?`;
    return escapeCharacter(first) + (below.length === 1 ? below[0] : `(?:${below.join('|')})`);
  });
}

function escapeCharacter(character: string): string {
  return character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
