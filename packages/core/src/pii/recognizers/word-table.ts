/**
 * A read-only word → flags table that is looked up straight from a region of the text, without
 * slicing or lower-casing it into a new string (the PERSON recognizer asks it about every
 * capitalised word, so allocation per lookup dominated). Words are keyed by two independent 32-bit
 * hashes of their lower-case UTF-16 code units; open addressing with linear probing.
 */

const HOT_SIZE = 16384;
const HOT_MASK = HOT_SIZE - 1;
const H1_SEED = 0x811c9dc5;
const H2_SEED = 0x9747b28c;

function step1(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function step2(hash: number, code: number): number {
  const mixed = Math.imul(hash ^ code, 0x5bd1e995);
  return mixed ^ (mixed >>> 13);
}

function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Slots are pairs of int32 in one array (one cache line per probe): the first hash, and the top
 * 24 bits of the second hash above 8 bits of flags (56 hash bits in all: a false hit among ~40k
 * words is about one in 10^12 lookups). An empty slot has flags 0; every stored word has some flag.
 */
/**
 * The first hash of `text[start, end)` with A–Z folded to a–z, as `WordTable` computes it for an
 * ASCII range (`lastHash` after `getIfAscii`).
 */
export function foldedHash(text: string, start: number, end: number): number {
  let h1 = H1_SEED;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    h1 = step1(h1, code);
  }
  return finish(h1);
}

export class WordTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly hot = new Int32Array(HOT_SIZE * 2);
  private hotUsed = false;
  /** Set by `hashRange`/`hashString`: the pair of the last key hashed. */
  private h1 = 0;
  private h2 = 0;
  /** Set by `hashAsciiWord`: the word walked has an ASCII lower-case letter. */
  private walkedLower = false;

  constructor(capacityBits: number) {
    const size = 1 << capacityBits;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
  }

  /** ORs `flag` (1–255) into the entry for `word` (already lower-case). */
  add(word: string, flag: number): void {
    if (this.hotUsed) {
      this.hot.fill(0);
      this.hotUsed = false;
    }
    this.hashString(word);
    const tag = this.h2 & ~0xff;
    let slot = this.h1 & this.mask;
    for (;;) {
      const at = slot * 2;
      const entry = this.slots[at + 1]!;
      if (entry === 0) {
        this.slots[at] = this.h1;
        this.slots[at + 1] = tag | flag;
        return;
      }
      if (this.slots[at] === this.h1 && (entry & ~0xff) === tag) {
        this.slots[at + 1] = entry | flag;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The first hash of the key last looked up. */
  get lastHash(): number {
    return this.h1;
  }

  /** Flags of a lower-case word given as a string. */
  get(word: string): number {
    this.hashString(word);
    return this.lookup();
  }

  /**
   * Flags of `text[start, end)` lower-cased, exact for ranges of ASCII and Latin-1 characters
   * (capitals A–Z and À–Þ folded). Callers send ranges with other characters through
   * `get(slice.toLowerCase())`, which knows the full Unicode case mapping.
   */
  getAsciiRange(text: string, start: number, end: number): number {
    let h1 = H1_SEED;
    let h2 = H2_SEED;
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) code += 32;
      h1 = step1(h1, code);
      h2 = step2(h2, code);
    }
    this.h1 = finish(h1);
    this.h2 = finish(h2);
    return this.lookup();
  }

  /**
   * `getAsciiRange` for a range that holds only ASCII characters; -1 (without a lookup) as soon
   * as it meets another character.
   */
  getIfAscii(text: string, start: number, end: number): number {
    let h1 = H1_SEED;
    let h2 = H2_SEED;
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      if (code > 127) return -1;
      if (code >= 65 && code <= 90) code += 32;
      h1 = step1(h1, code);
      h2 = step2(h2, code);
    }
    this.h1 = finish(h1);
    this.h2 = finish(h2);
    return this.lookup();
  }

  /**
   * Walks `[A-Za-z'-]*` from `start` and hashes what it walks as `getIfAscii` would: one pass
   * finds a word's ASCII part and its key. Returns where the walk stopped; `lookupHashed` then
   * gives the flags of `text[start, end)`, `lastHash` its `foldedHash`, and `lastWalkHadLower`
   * whether it has a lower-case letter.
   */
  hashAsciiWord(text: string, start: number): number {
    let h1 = H1_SEED;
    let h2 = H2_SEED;
    let i = start;
    // The letters' codes ORed: bit 0x20 is set exactly on the lower-case ones.
    let letterBits = 0;
    for (;;) {
      const code = text.charCodeAt(i);
      // `| 32` folds A–Z to a–z and leaves ' and - as they are; one unsigned compare finds a letter.
      const folded = code | 32;
      if ((folded - 97) >>> 0 <= 25) letterBits |= code;
      else if (code !== 39 && code !== 45) break;
      h1 = step1(h1, folded);
      h2 = step2(h2, folded);
      i++;
    }
    this.h1 = finish(h1);
    this.h2 = finish(h2);
    this.walkedLower = (letterBits & 32) !== 0;
    return i;
  }

  get lastWalkHadLower(): boolean {
    return this.walkedLower;
  }

  /** Flags of the range `hashAsciiWord` last walked. */
  lookupHashed(): number {
    return this.lookup();
  }

  private hashString(word: string): void {
    let h1 = H1_SEED;
    let h2 = H2_SEED;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      h1 = step1(h1, code);
      h2 = step2(h2, code);
    }
    this.h1 = finish(h1);
    this.h2 = finish(h2);
  }

  private lookup(): number {
    const tag = this.h2 & ~0xff;
    // A small direct-mapped cache of recent keys (hits and misses) stays in the CPU cache; the
    // table itself (1 MB for the name lists) does not. Its line comes from the first hash's top 14
    // bits, apart from the low bits that pick the name table's slot; 16k lines (128 KB) miss about
    // one lookup in 30 on the bench prompts, 4k lines one in 10.
    const line = ((this.h1 >>> 18) & HOT_MASK) * 2;
    if (this.hot[line] === this.h1 && (this.hot[line + 1]! & ~0xff) === tag)
      return this.hot[line + 1]! & 0xff;
    let slot = this.h1 & this.mask;
    let flags = 0;
    for (;;) {
      const at = slot * 2;
      const entry = this.slots[at + 1]!;
      if (entry === 0) break;
      if (this.slots[at] === this.h1 && (entry & ~0xff) === tag) {
        flags = entry & 0xff;
        break;
      }
      slot = (slot + 1) & this.mask;
    }
    this.hot[line] = this.h1;
    this.hot[line + 1] = tag | flags;
    this.hotUsed = true;
    return flags;
  }
}
