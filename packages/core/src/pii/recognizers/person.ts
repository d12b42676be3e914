/**
 * PERSON: a gazetteer (first/last names, see data/name-data.ts) plus rules and context, no model.
 *
 * 1. Tokens are words starting with a letter; runs are capitalised tokens separated by one space,
 *    optionally joined by name particles (van, de, von, …) or initials ("L.").
 * 2. Each token is classed: a known name (first/last), an ambiguous name that is also an English
 *    word ("Grace"), a common English word (splits runs: "Dear", "Street"), or unknown.
 * 3. A run scores by its evidence: a title before it (Mr, Dr, …) or a cue ("my name is", "Name:",
 *    "Dear", "regards") makes it a name; two or more tokens with a known name is strong; one known
 *    first name alone is medium (lower at the start of a sentence); unknown-only runs need a cue.
 * In all-lower-case or all-upper-case text, only tokens in the name lists can start a run.
 *
 * Speed (this runs on every capitalised word of every prompt): one class-only regex finds where
 * capitalised words start; each word's key is hashed straight from the text into one flags table
 * (word-table.ts), with no slice or lower-casing; a word the lists call common English is dropped
 * there (most are); a lone word no list knows is dropped when no title, cue or following name can
 * make it one (most of the rest); only the others get a region tokenised into reused typed arrays
 * and scored.
 */
import { nameLexicon } from './name-lexicon.js';
import {
  type Candidate,
  contextWords,
  hasContext,
  isDigitCode,
  isWordChar,
  type KnownNames,
  knownHashBit,
  knownHashSlot,
  type Recognizer,
  type ScanText,
  shapeBit,
  shapeIndex,
} from './recognizer.js';
import { foldedHash, WordTable } from './word-table.js';

/** Country names (and their words) and nationalities: capitalised, often in name lists ("Jordan"). */
const COUNTRIES_AND_NATIONALITIES = (
  'afghanistan albania algeria andorra angola antigua barbuda argentina armenia australia austria ' +
  'azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia ' +
  'herzegovina botswana brazil brunei bulgaria burkina faso burundi cambodia cameroon canada cape verde ' +
  'chad chile china colombia comoros congo costa rica croatia cuba cyprus czechia czech denmark djibouti ' +
  'dominica dominican ecuador egypt salvador equatorial guinea eritrea estonia eswatini swaziland ' +
  'ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea-bissau ' +
  'guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan ' +
  'jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia ' +
  'libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta marshall ' +
  'mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar ' +
  'namibia nauru nepal netherlands zealand nicaragua niger nigeria macedonia norway oman pakistan palau ' +
  'palestine panama papua paraguay peru philippines poland portugal qatar romania russia rwanda kitts ' +
  'nevis lucia vincent grenadines samoa marino tome principe saudi arabia senegal serbia seychelles ' +
  'sierra leone singapore slovakia slovenia solomon somalia africa sudan spain sri lanka suriname sweden ' +
  'switzerland syria taiwan tajikistan tanzania thailand timor togo tonga trinidad tobago tunisia turkey ' +
  'turkmenistan tuvalu uganda ukraine emirates uruguay uzbekistan vanuatu vatican venezuela vietnam yemen ' +
  'zambia zimbabwe greenland england scotland wales britain puerto rico hong kong macau ' +
  'american british english french german italian spanish portuguese dutch swedish norwegian danish ' +
  'finnish polish russian chinese japanese korean thai vietnamese indian mexican brazilian canadian ' +
  'australian irish scottish welsh greek turkish arab arabic african asian european latino hispanic'
).split(' ');
/** Software words common in LLM logs that some name lists contain ("Server", "Python", "Dev"). */
const TECH_WORDS = (
  'server servers client python docker kubernetes linux windows chrome firefox safari android ios iphone ' +
  'redis postgres postgresql mongo mongodb kafka nginx node react angular vue django flask rails kotlin ' +
  'scala perl php bash shell git jenkins jira slack zoom teams excel github gitlab azure aws gcp oracle ' +
  'salesforce stripe twilio gemini mistral llama bert yaml xml html css sdk cli uri tcp udp dns ssh ssl tls ' +
  'jwt oauth admin root localhost prod staging dev test debug info warn warning error null undefined nan ' +
  'true false lambda cloud dashboard webhook cron sql mysql sqlite graphql rest grpc ubuntu debian macos'
).split(' ');

/** Single tokens right after these are usually places ("from Belize", "in Oamaru"). */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at', 'near', 'to', 'of', 'visit', 'visiting', 'via']);

const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'von',
  'zu',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'binti',
  'al',
  'el',
  'ben',
  'y',
  'mac',
  'st.',
]);
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'madam',
  'madame',
  'lady',
  'lord',
  'rev',
  'herr',
  'frau',
  'mme',
  'mlle',
  'sr',
  'sra',
  'srta',
  'dame',
  'fr',
  'capt',
  'sgt',
  'col',
  'gen',
  'mister',
  'doctor',
  'professor',
  'señor',
  'señora',
  'signor',
  'signora',
]);
/** Capitalised words that are never a name here, beyond the English lexicon. */
const NOT_NAMES = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mr',
  'mrs',
  'ms',
  'dr',
  'apt',
  'suite',
  'fax',
  'tel',
  'phone',
  'email',
  'e-mail',
  'iban',
  'ssn',
  'saint',
  'san',
  'santa',
  'são',
  'st',
  'inc',
  'ltd',
  'llc',
  'gmbh',
  'corp',
  'co',
  'plc',
  'ag',
  'sa',
  'bank',
  'university',
  'hospital',
  'hotel',
  'airport',
  'street',
  'road',
  'avenue',
  'box',
  'ok',
  'okay',
  'hi',
  'hey',
  'hello',
  'thanks',
  'thank',
  'yes',
  'no',
  'please',
  'dear',
  'regards',
  'json',
  'api',
  'url',
  'http',
  'https',
  'sql',
  'ai',
  'llm',
  'gpt',
  'openai',
  'anthropic',
  'claude',
  'google',
  'microsoft',
  'amazon',
  'apple',
  'github',
  'python',
  'java',
  'javascript',
  'typescript',
  'north',
  'south',
  'east',
  'west',
  'new',
  'united',
  'states',
  'kingdom',
  'republic',
  'island',
  'islands',
  'i',
  "i'm",
  "i'd",
  "i'll",
  'id',
  'pm',
  'am',
  'utc',
  'gmt',
  'usa',
  'uk',
  'eu',
  'us',
  'princess',
  'prince',
  'king',
  'queen',
  'royal',
  'baby',
  'my',
  'god',
  'lord',
  'jesus',
  'christ',
  ...COUNTRIES_AND_NATIONALITIES,
  ...TECH_WORDS,
]);
/** Words shortly before a run that say a person follows (or precedes: "regards,"). */
const CUES = [
  'name is',
  'name:',
  'named',
  'called',
  'dear',
  'hi ',
  'hello',
  'regards',
  'sincerely',
  'signed',
  'thanks,',
  'from:',
  'to:',
  'cc:',
  'contact',
  'spoke to',
  'spoke with',
  'talk to',
  'ask for',
  'met ',
  'meet ',
  'this is',
  'i am',
  "i'm",
  'patient',
  'customer',
  'client',
  'employee',
  'mr',
  'mrs',
  'ms.',
  'dr.',
  'author',
  'by ',
  'with ',
  'his ',
  'her ',
  'partner',
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'friend',
  'colleague',
  'manager',
  'user',
  'name',
  'says ',
  'said ',
  'starring',
  'directed by',
  'written by',
  'tell ',
  'ask ',
  'asked ',
  'told ',
  'founders',
  'actor',
  'actress',
  'singer',
  'writer',
  'ceo',
  'founder',
  'director',
];
const CUE_WORDS = contextWords(CUES);
/** Words right after a single token that say it is a person ("Klimek shouted", "Aki said"). */
const AFTER_CUES = (
  'said|says|shouted|told|asked|replied|wrote|smiled|laughed|nodded|is a|was a|spent|is very|has been|' +
  'had given|is from|and I|agreed|explained'
).split('|');
const AFTER_CUE = new RegExp(`(?:'s|’s)? (?:${AFTER_CUES.join('|')})\\b`, 'y');
/** The after-cues' first words by shape (all lower-case ASCII). */
const AFTER_CUE_SHAPES = shapesByFirstLetter(AFTER_CUES.map((cue) => cue.split(' ')[0]!));

/**
 * Per first letter (a–z), a bit per length of the words starting with it: a word of text whose
 * first letter and length match no bit is none of them, with no hashing. Words that are not all
 * a–z are left out (callers send those on to a full check).
 */
function shapesByFirstLetter(list: Iterable<string>): Int32Array {
  const shapes = new Int32Array(26);
  for (const word of list)
    if (/^[a-z]{1,31}$/.test(word)) shapes[word.charCodeAt(0) - 97]! |= 1 << word.length;
  return shapes;
}

// Word flags, looked up once per token in one table (see word-table.ts).
const F_FIRST = 1;
const F_LAST = 2;
const F_AMBIGUOUS = 4;
const F_ENGLISH = 8;
const F_NOT_NAME = 16;
const F_TITLE = 32;
const F_PARTICLE = 64;
const F_PLACE_PREPOSITION = 128;
let wordTable: WordTable | undefined;

function words(): WordTable {
  if (wordTable === undefined) {
    const lex = nameLexicon();
    const table = new WordTable(17);
    const add = (list: Iterable<string>, flag: number) => {
      for (const word of list) table.add(word, flag);
    };
    add(lex.first, F_FIRST);
    add(lex.last, F_LAST);
    add(lex.ambiguous, F_AMBIGUOUS);
    add(lex.english, F_ENGLISH);
    add(NOT_NAMES, F_NOT_NAME);
    add(TITLES, F_TITLE);
    add(PARTICLES, F_PARTICLE);
    add(PLACE_PREPOSITIONS, F_PLACE_PREPOSITION);
    wordTable = table;
  }
  return wordTable;
}

// Token classes.
const NAME = 0;
const AMBIGUOUS = 1;
const ENGLISH = 2;
const UNKNOWN = 3;
const PARTICLE = 4;
const INITIAL = 5;

// Token bits.
const CAPITALISED = 1;
/** Two or more letters, all upper-case. */
const SHOUTING = 2;
/** The lower-case key is a letter and a period ("l."). */
const INITIAL_KEY = 4;

/**
 * The tokens of one scan, as parallel typed arrays reused across calls (a scan of a few KB makes
 * tens of tokens; objects per token were a large share of the recognizer's time). A token's key is
 * its text lower-cased without a trailing period (kept on an initial) or possessive; only its
 * flags are stored.
 */
class Tokens {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Int32Array(256);
  bits = new Uint8Array(256);

  push(start: number, end: number, flags: number, bits: number): void {
    if (this.count === this.start.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
        const next = make(array.length * 2);
        next.set(array);
        return next;
      };
      this.start = grow(this.start, (n) => new Int32Array(n));
      this.end = grow(this.end, (n) => new Int32Array(n));
      this.flags = grow(this.flags, (n) => new Int32Array(n));
      this.bits = grow(this.bits, (n) => new Uint8Array(n));
    }
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.flags[k] = flags;
    this.bits[k] = bits;
  }

  /** Gives back the memory a very long all-lower-case text made the arrays grow to. */
  shrink(): void {
    if (this.start.length <= 65536) return;
    this.count = 0;
    this.start = new Int32Array(256);
    this.end = new Int32Array(256);
    this.flags = new Int32Array(256);
    this.bits = new Uint8Array(256);
  }
}
const tokens = new Tokens();
const kinds = new Int32Array(8);

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

const LETTER_AT = /\p{L}/uy;
const LETTER_OR_MARK_AT = /[\p{L}\p{M}]/uy;

/**
 * End of the `\p{L}` (first) or `[\p{L}\p{M}]` code point at `at`, or -1. Non-ASCII characters go
 * through a sticky regex (no one-character strings); a surrogate half matches only as the start
 * of a full pair, as in a `u`-flag regex scan.
 */
function letterEnd(text: string, at: number, orMark: boolean): number {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetter(code) ? at + 1 : -1;
  if (code >= 0xdc00 && code <= 0xdfff) return -1;
  const pattern = orMark ? LETTER_OR_MARK_AT : LETTER_AT;
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** End of `[\p{L}\p{M}'’-]*` from `at`. */
function wordRestEnd(text: string, at: number): number {
  let k = at;
  for (;;) {
    const code = text.charCodeAt(k);
    if (isAsciiLetter(code) || code === 39 || code === 45 || code === 0x2019) {
      k++;
      continue;
    }
    if (code < 128 || Number.isNaN(code)) return k;
    const next = letterEnd(text, k, true);
    if (next === -1) return k;
    k = next;
  }
}

/**
 * `wordRestEnd` from where `WordTable.hashAsciiWord` stopped: only a non-ASCII letter or mark
 * (or ’) can continue the word there, so an ASCII character ends it at once.
 */
function restAfterAsciiWalk(text: string, asciiEnd: number): number {
  return text.charCodeAt(asciiEnd) < 128 ? asciiEnd : wordRestEnd(text, asciiEnd);
}

/** True when `text[start, end)` has no ASCII lower-case letter (ASCII ranges only). */
function noAsciiLower(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

/**
 * The ASCII capitalised word that opened the region about to be tokenised, already walked and
 * looked up: where its `[\p{L}\p{M}'’-]*` run ends and the flags of that range (-1 when it holds
 * a non-ASCII character), so `tokenize` does neither again.
 */
let openingStart = -1;
let openingRestEnd = -1;
let openingFlags = -1;
let openingHasLower = false;

/**
 * End of the word `tokenize` finds at `start` (before trimming). When the key range up to that end
 * is ASCII it is hashed on the way (`hashedEnd` is that end, else -1), `hashedFlags` holds its
 * flags if already known (else -1: `WordTable.lookupHashed` gives them) and `hashedHasLower`
 * says whether it has a lower-case letter.
 */
let hashedEnd = -1;
let hashedFlags = -1;
let hashedHasLower = false;

function walkWord(text: string, start: number, firstEnd: number): number {
  hashedFlags = -1;
  if (start === openingStart) {
    hashedEnd = openingFlags === -1 ? -1 : openingRestEnd;
    hashedFlags = openingFlags;
    hashedHasLower = openingHasLower;
    return openingRestEnd;
  }
  if (text.charCodeAt(start) >= 128) {
    hashedEnd = -1;
    return wordRestEnd(text, firstEnd);
  }
  const table = words();
  const asciiEnd = table.hashAsciiWord(text, start);
  const end = restAfterAsciiWalk(text, asciiEnd);
  hashedEnd = end === asciiEnd ? end : -1;
  hashedHasLower = table.lastWalkHadLower;
  return end;
}

/**
 * Tokens are `\p{L}[\p{L}\p{M}'’-]*\.?` starting in [from, to); each is trimmed of a trailing
 * period (unless it is an initial), a possessive and trailing quotes or hyphens.
 */
function tokenize(text: string, from: number, to: number): void {
  const table = words();
  tokens.count = 0;
  let pos = from;
  const length = text.length;
  while (pos < length) {
    let start = pos;
    let firstEnd = -1;
    while (start < to) {
      firstEnd = letterEnd(text, start, false);
      if (firstEnd !== -1) break;
      start++;
    }
    if (start >= to || firstEnd === -1) return;
    const wordEnd = withPeriod(text, walkWord(text, start, firstEnd));
    pos = wordEnd;
    const initial = wordEnd - start === 2 && text.charCodeAt(wordEnd - 1) === 46;
    const end = tokenEnd(text, start, wordEnd, initial);
    if (end === start) continue;
    const hashed = end === hashedEnd;
    const asciiFlags = hashed ? hashedKeyFlags(table) : table.getIfAscii(text, start, end);
    if (asciiFlags !== -1) {
      const first = text.charCodeAt(start);
      let bits = first >= 65 && first <= 90 ? CAPITALISED : 0;
      // The first character is a letter, so no lower-case letter means at least one capital.
      if (end - start > 1 && (hashed ? !hashedHasLower : noAsciiLower(text, start, end))) bits |= SHOUTING;
      if (initial) bits |= INITIAL_KEY;
      tokens.push(start, end, asciiFlags, bits);
    } else {
      const value = text.slice(start, end);
      const key = value.toLowerCase();
      let bits = isUpper(value.charAt(0)) ? CAPITALISED : 0;
      if (value.length > 1 && value === value.toUpperCase() && value !== key) bits |= SHOUTING;
      if (key.length === 2 && key.endsWith('.')) bits |= INITIAL_KEY;
      tokens.push(start, end, table.get(key), bits);
    }
  }
}

/**
 * Where the token of the word `text[start, wordEnd)` (its period included) ends: without a trailing
 * period (kept on an initial), a possessive, or trailing quotes and hyphens.
 */
function tokenEnd(text: string, start: number, wordEnd: number, initial: boolean): number {
  let end = wordEnd;
  if (!initial && text.charCodeAt(end - 1) === 46) end--;
  const s = text.charCodeAt(end - 1);
  const quote = text.charCodeAt(end - 2);
  if (end - start >= 2 && (s === 115 || s === 83) && (quote === 39 || quote === 0x2019)) end -= 2;
  for (;;) {
    const last = text.charCodeAt(end - 1);
    if (end > start && (last === 39 || last === 0x2019 || last === 45)) end--;
    else break;
  }
  return end;
}

function hashedKeyFlags(table: WordTable): number {
  return hashedFlags !== -1 ? hashedFlags : table.lookupHashed();
}

/** Case shape of the text being scanned (set per `find`; module state avoids closures per call). */
let allLower = false;
let allUpper = false;

function classify(k: number): number {
  const bits = tokens.bits[k]!;
  if ((bits & (INITIAL_KEY | CAPITALISED)) === (INITIAL_KEY | CAPITALISED)) return INITIAL;
  const flags = tokens.flags[k]!;
  if (flags & (F_NOT_NAME | F_TITLE | F_PARTICLE)) return ENGLISH;
  const inList = (flags & (F_FIRST | F_LAST)) !== 0;
  // In mixed-case text an ALL-CAPS word is a heading, acronym or city line, rarely a name.
  if (!allUpper && bits & SHOUTING) return inList ? AMBIGUOUS : ENGLISH;
  if (flags & F_AMBIGUOUS) return AMBIGUOUS;
  if (inList) return NAME;
  if (flags & F_ENGLISH) return ENGLISH;
  return UNKNOWN;
}

function canStart(k: number, kind: number): boolean {
  if (allLower || allUpper) return kind === NAME;
  return (tokens.bits[k]! & CAPITALISED) !== 0 && kind !== ENGLISH && kind !== PARTICLE;
}

/** Scores the runs of the current tokens and appends the names found. */
function scanTokens(scan: ScanText, out: Candidate[]): void {
  const text = scan.text;
  const count = tokens.count;
  const starts = tokens.start;
  const ends = tokens.end;
  let i = 0;
  while (i < count) {
    const firstKind = classify(i);
    if (!canStart(i, firstKind) || firstKind === INITIAL || inIdentifier(text, starts[i]!, ends[i]!)) {
      i++;
      continue;
    }
    // Grow the run over single-space gaps: names, unknown capitalised words, particles, initials.
    kinds[0] = firstKind;
    let kindCount = 1;
    let last = i;
    for (let j = i + 1; j < count && j - i < 6; j++) {
      const previousEnd = ends[j - 1]!;
      const gap = starts[j]! - previousEnd;
      const gapCode = text.charCodeAt(previousEnd);
      const previousKind = kinds[kindCount - 1];
      const spaceGap = gap === 1 && gapCode === 32;
      const initialGap = gap === 2 && gapCode === 46 && text.charCodeAt(previousEnd + 1) === 32;
      if (!spaceGap && !(initialGap && previousKind === INITIAL)) break;
      if (gapCode === 46 && previousKind !== INITIAL) break;
      const kind = classify(j);
      if (tokens.flags[j]! & F_PARTICLE && !(tokens.bits[j]! & CAPITALISED)) {
        kinds[kindCount++] = PARTICLE;
        continue;
      }
      if (kind === ENGLISH || (!canStart(j, kind) && kind !== INITIAL)) break;
      kinds[kindCount++] = kind;
      last = j;
    }
    kindCount = last - i + 1;

    let names = 0;
    let ambiguous = 0;
    let words = 0;
    for (let k = 0; k < kindCount; k++) {
      const kind = kinds[k];
      if (kind === NAME) names++;
      else if (kind === AMBIGUOUS) ambiguous++;
      if (kind !== PARTICLE && kind !== INITIAL) words++;
    }
    const firstStart = starts[i]!;
    const hasPrev = i > 0;
    const prevGap = hasPrev ? firstStart - ends[i - 1]! : 0;
    const prevFlags = hasPrev && !(tokens.bits[i - 1]! & INITIAL_KEY) ? tokens.flags[i - 1]! : 0;
    const titled = (prevFlags & F_TITLE) !== 0 && prevGap <= 2;
    // A title belongs to the entity ("Mr. John Hansen" is masked whole).
    const start = titled ? starts[i - 1]! : firstStart;
    const end = ends[last]!;
    const cuedAfter = words === 1 && isCuedAfter(text, end);

    // Context checks (`cued`) are computed only in the branches that need them.
    let score = 0;
    if (titled) score = 0.9;
    else if (words >= 2 && names >= 1) score = 0.85;
    else if (words >= 2 && ambiguous >= 1) score = cued(scan, start, end) ? 0.6 : 0.35;
    else if (words === 1 && names === 1) {
      // A lone listed word in a short lower-case value ("max", "dev") is weak evidence.
      const shortValue = allLower && text.length < 24;
      score = tokens.flags[i]! & F_FIRST && !shortValue ? (isSentenceStart(text, start) ? 0.45 : 0.6) : 0.35;
      if (cuedAfter || cued(scan, start, end)) score += 0.3;
    } else if (words >= 2) score = cued(scan, start, end) ? 0.6 : 0.3;
    else if (cuedAfter || (!isSentenceStart(text, start) && cued(scan, start, end)))
      score = ambiguous === 0 ? 0.5 : 0.4;
    if (score > 0 && !titled) {
      const afterPlace = (prevFlags & F_PLACE_PREPOSITION) !== 0 && prevGap === 1;
      if (afterPlace && words === 1 && !cuedAfter) score -= 0.3;
      // "36 Holmevej 34", "Delta 116": a run between a building number and a house number is a street.
      if (streetLike(text, start, end)) score -= 0.4;
    }
    if (score > 0) out.push({ type: 'PERSON', start, end, score: Math.min(score, 1) });
    i = last + 1;
  }
}

/**
 * True when the capitalised word at `capStart` (its key `[capStart, restEnd)`, its text with a
 * period `[capStart, wordEnd)`), alone in its region and listed as no first or last name, title or
 * particle, certainly scores nothing in `scanTokens`: it is no initial, its token is its key (so
 * its class is the one its key's flags give), no title may precede it, no cue follows it, and
 * no cue precedes it unless it starts a sentence. It must never say so of a word `scanTokens`
 * would report; when unsure it says false and the region is tokenised.
 */
function loneWordScoresNothing(scan: ScanText, capStart: number, restEnd: number, wordEnd: number): boolean {
  const text = scan.text;
  if (wordEnd - capStart === 2 && text.charCodeAt(wordEnd - 1) === 46) return false;
  const end = tokenEnd(text, capStart, wordEnd, false);
  if (end !== restEnd) return false;
  // The region holds the word before only after a space.
  if (text.charCodeAt(capStart - 1) === 32 && mayFollowTitle(text, capStart)) return false;
  if (isCuedAfter(text, end)) return false;
  return isSentenceStart(text, capStart) || !cued(scan, capStart, end);
}

/**
 * False only when no title's token can end within two characters before `capStart` (a space at
 * `capStart - 1`): the ASCII letters ending there, if any, are no title, and no other letter is
 * next to them (titles with other letters, "señor", always answer true).
 */
function mayFollowTitle(text: string, capStart: number): boolean {
  let last = capStart - 2;
  if (!isAsciiLetter(text.charCodeAt(last))) {
    if (text.charCodeAt(last) >= 128) return true;
    last--;
    const code = text.charCodeAt(last);
    if (code >= 128) return true;
    if (!isAsciiLetter(code)) return false;
  }
  let first = last;
  while (first > 0 && isAsciiLetter(text.charCodeAt(first - 1))) first--;
  if (first > 0 && text.charCodeAt(first - 1) >= 128) return true;
  // Most words before a capital ("the", "in", "and") are ruled out by first letter and length.
  const length = last + 1 - first;
  if (length > 31 || (TITLE_SHAPES[(text.charCodeAt(first) | 32) - 97]! & (1 << length)) === 0) return false;
  return (words().getIfAscii(text, first, last + 1) & F_TITLE) !== 0;
}

/** The ASCII titles by shape. */
const TITLE_SHAPES = shapesByFirstLetter(TITLES);

/** A word right after a single-token run that says it is a person ("Klimek shouted"). */
function isCuedAfter(text: string, end: number): boolean {
  // The space before the cue: right after the run, or after its possessive.
  let space = end;
  const afterCode = text.charCodeAt(end);
  if (afterCode === 39 || afterCode === 0x2019) {
    if (text.charCodeAt(end + 1) !== 115) return false;
    space = end + 2;
  }
  if (text.charCodeAt(space) !== 32) return false;
  // An after-cue's first word is a run of a–z ending where the run ends: most words after a
  // name are ruled out by their first letter and length.
  const first = text.charCodeAt(space + 1);
  if (!isLowerAscii(first)) return false;
  let length = 1;
  while (length < 32 && isLowerAscii(text.charCodeAt(space + 1 + length))) length++;
  if (length > 31 || (AFTER_CUE_SHAPES[first - 97]! & (1 << length)) === 0) return false;
  AFTER_CUE.lastIndex = end;
  return AFTER_CUE.test(text);
}

/** A cue word shortly before the run (untitled runs only: a title is its own cue). */
function cued(scan: ScanText, start: number, end: number): boolean {
  return hasContext(scan, start, end, CUE_WORDS, 24, 0);
}

export const personRecognizer: Recognizer = {
  type: 'PERSON',
  find(scan: ScanText, out: Candidate[]): void {
    const text = scan.text;
    // Early-exit scans (no full-text copies): any upper-case letter / any lower-case letter.
    allLower = !HAS_UPPER.test(text);
    allUpper = !allLower && !HAS_LOWER.test(text);
    openingStart = -1;

    if (allLower || allUpper) {
      tokenize(text, 0, text.length);
      scanTokens(scan, out);
      tokens.shrink();
      return;
    }
    // Mixed case: only capitalised words start a name, so tokenise just the regions around them
    // (the word before, for titles and prepositions, and the words joined to them by single spaces).
    const table = words();
    const known = scan.knownNames;
    let coveredUntil = 0;
    CAPITAL_START.lastIndex = 0;
    while (CAPITAL_START.test(text)) {
      const capStart = CAPITAL_START.lastIndex - 1;
      const capCode = text.charCodeAt(capStart);
      // The scan regex is a plain class (fast); non-ASCII hits are checked for case here.
      if (capCode > 127 && !isUpper(text.charAt(capStart))) continue;
      if (capStart > 0 && letterEnd(text, capStart - 1, true) !== -1) {
        CAPITAL_START.lastIndex = withPeriod(text, wordRestEnd(text, capStart + 1));
        continue;
      }
      // The key is the word without its period; an ASCII one is hashed while it is walked.
      let restEnd: number;
      let ascii = false;
      let hasLower = false;
      if (capCode < 128) {
        const asciiEnd = table.hashAsciiWord(text, capStart);
        restEnd = restAfterAsciiWalk(text, asciiEnd);
        ascii = restEnd === asciiEnd;
        hasLower = table.lastWalkHadLower;
      } else restEnd = wordRestEnd(text, capStart + 1);
      const wordEnd = withPeriod(text, restEnd);
      CAPITAL_START.lastIndex = wordEnd;
      // Inside a region already scanned only known names matter: no key lookup then.
      if (known !== undefined) pushKnownName(text, capStart, wordEnd, ascii ? restEnd : -1, known, out);
      if (capStart < coveredUntil) continue;
      // Fast path: a lone common word ("The", "However") cannot start a name; titles still can.
      const flags = ascii ? table.lookupHashed() : table.get(text.slice(capStart, restEnd).toLowerCase());
      if (!(flags & F_TITLE) && (flags & F_NOT_NAME || (flags & (F_ENGLISH | F_AMBIGUOUS)) === F_ENGLISH))
        continue;
      // An acronym ("FLSA", "HTTP") that no name list knows cannot start a name in mixed-case text.
      if (wordEnd - capStart > 1 && !(flags & (F_FIRST | F_LAST))) {
        if (ascii ? !hasLower : isUpperWord(text.slice(capStart, wordEnd))) continue;
      }
      let regionEnd = wordEnd;
      for (let step = 0; step < 8 && text.charCodeAt(regionEnd) === 32; step++) {
        const next = followingEnd(text, regionEnd + 1);
        if (next === -1) break;
        regionEnd = next;
      }
      let regionStart = capStart;
      if (text.charCodeAt(capStart - 1) === 32) {
        regionStart = capStart - 1;
        while (regionStart > 0 && capStart - regionStart < 24 && text.charCodeAt(regionStart - 1) !== 32)
          regionStart--;
      }
      // Most regions are one capitalised word no list knows ("Acme", "Paris") with no evidence.
      // (A region that starts inside a long word may hold a fragment that starts a run itself.)
      if (
        regionEnd === wordEnd &&
        (regionStart === 0 || text.charCodeAt(regionStart - 1) === 32 || regionStart === capStart) &&
        !(flags & (F_FIRST | F_LAST | F_TITLE | F_PARTICLE)) &&
        loneWordScoresNothing(scan, capStart, restEnd, wordEnd)
      ) {
        coveredUntil = regionEnd;
        continue;
      }
      if (capCode < 128) {
        openingStart = capStart;
        openingRestEnd = restEnd;
        openingFlags = ascii ? flags : -1;
        openingHasLower = hasLower;
      }
      tokenize(text, Math.max(regionStart, coveredUntil), regionEnd);
      openingStart = -1;
      scanTokens(scan, out);
      coveredUntil = regionEnd;
      CAPITAL_START.lastIndex = Math.max(CAPITAL_START.lastIndex, regionEnd);
    }
  },
};

/**
 * A name already found in this trace whose first word starts at `start` (the capitalised word
 * ends at `wordEnd`): this mention is masked too, whatever its local evidence. The first word's
 * case-folded hash (the walk's, `words().lastHash`, when the word's key ends at `hashedEnd`; else
 * computed once its shape, first code unit and length, passes) is checked before any string is made.
 */
function pushKnownName(
  text: string,
  start: number,
  wordEnd: number,
  hashedEnd: number,
  known: KnownNames,
  out: Candidate[],
): void {
  let strippedEnd = wordEnd;
  const lastCode = text.charCodeAt(wordEnd - 1);
  const quote = text.charCodeAt(wordEnd - 2);
  if (lastCode === 115 && (quote === 39 || quote === 0x2019) && wordEnd - start >= 2) strippedEnd -= 2;
  else if (lastCode === 46) strippedEnd--;
  // Each check is a necessary condition of the last one (the exact key).
  let hash: number;
  if (strippedEnd === hashedEnd) hash = words().lastHash;
  else if ((known.firstWordShapes[shapeIndex(text.charCodeAt(start))]! & shapeBit(strippedEnd - start)) === 0)
    return;
  else hash = foldedHash(text, start, strippedEnd);
  if ((known.firstWordHashBits[knownHashSlot(hash)]! & knownHashBit(hash)) === 0) return;
  pushKnownMention(text, start, strippedEnd, hash, known, out);
}

/**
 * `pushKnownName` once the word's hash is a known first word's (kept apart so that the check
 * before it stays small enough to inline).
 */
function pushKnownMention(
  text: string,
  start: number,
  strippedEnd: number,
  hash: number,
  known: KnownNames,
  out: Candidate[],
): void {
  const names = known.byFirstWordHash.get(hash);
  if (names === undefined) return;
  // The names whose first word is exactly this word, in the order they were found.
  const firstLength = strippedEnd - start;
  for (const name of names) {
    if (name.length !== firstLength && name.charCodeAt(firstLength) !== 32) continue;
    const end = start + name.length;
    if (text.startsWith(name, start) && !isNameCharAt(text, end)) {
      out.push({ type: 'PERSON', start, end, score: 0.8 });
      return;
    }
  }
}

function isUpperWord(word: string): boolean {
  return word === word.toUpperCase();
}

/**
 * Where a capitalised word may start: an ASCII capital or a non-ASCII character outside the
 * Latin-1 symbols and lower-case letters (U+0080–U+00BF, U+00DF–U+00FF, and U+00D7) and general
 * punctuation (U+2000–U+206F), which hold no upper-case letters (curly quotes, dashes and
 * accented lower-case letters are common in prose).
 */
const CAPITAL_START = /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u1fff\u2070-\uffff]/g;
const UPPER_AT = /\p{Lu}/uy;
/** Name particles that join a run after a space (as `PARTICLES`, without "mac" and "st."). */
const JOINING_PARTICLES = new Set(
  'van der den de del della di da dos das du von zu la le ter ten bin binti al el ben y'.split(' '),
);
/** The joining particles by shape. */
const JOINING_PARTICLE_SHAPES = shapesByFirstLetter(JOINING_PARTICLES);

/**
 * End of a capitalised word (`\p{Lu}[\p{L}\p{M}'’-]*\.?`) or of a name particle followed by a
 * space, starting at `at`; -1 when neither starts there.
 */
function followingEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 65 && code <= 90) {
    return withPeriod(text, wordRestEnd(text, at + 1));
  }
  if (code >= 97 && code <= 122) {
    // Most words after a name ("said", "reads") cannot be a particle by first letter and length.
    const lengths = JOINING_PARTICLE_SHAPES[code - 97]!;
    if (lengths === 0) return -1;
    let end = at + 1;
    while (end - at <= 5 && isLowerAscii(text.charCodeAt(end))) end++;
    if (end - at > 5 || text.charCodeAt(end) !== 32) return -1;
    if ((lengths & (1 << (end - at))) === 0) return -1;
    // A particle of the word table (which also holds "mac", not a joining particle).
    if ((words().getAsciiRange(text, at, end) & F_PARTICLE) === 0) return -1;
    return JOINING_PARTICLES.has(text.slice(at, end)) ? end : -1;
  }
  if (code < 128 || Number.isNaN(code) || (code >= 0xdc00 && code <= 0xdfff)) return -1;
  UPPER_AT.lastIndex = at;
  if (!UPPER_AT.test(text)) return -1;
  const end = wordRestEnd(text, UPPER_AT.lastIndex);
  return text.charCodeAt(end) === 46 ? end + 1 : end;
}

/** `end`, or past the period there. */
function withPeriod(text: string, end: number): number {
  return text.charCodeAt(end) === 46 ? end + 1 : end;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}
const NAME_CHAR_AT = /[\p{L}\p{M}\d]/uy;

/** `[\p{L}\p{M}\d]` at `at`, judged on that code unit alone. */
function isNameCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetter(code) || isDigitCode(code);
  if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff)) return false;
  NAME_CHAR_AT.lastIndex = at;
  return NAME_CHAR_AT.test(text);
}

/** Part of an e-mail, URL, path or identifier ("ops@acme.dev", "max_tokens", "a/b"). */
function inIdentifier(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = text.charCodeAt(end);
  // @ / _ \ before; @ _ after.
  if (before === 64 || before === 47 || before === 95 || before === 92 || after === 64 || after === 95)
    return true;
  if (before === 46 && start > 1 && isWordChar(text.charCodeAt(start - 2))) return true;
  return after === 46 && isWordChar(text.charCodeAt(end + 1));
}

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

function streetLike(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isDigitCode(before) || (before === 32 && isDigitCode(text.charCodeAt(start - 2)))) return true;
  if (text.charCodeAt(end) !== 32) return false;
  let digits = 0;
  while (digits < 6 && isDigitCode(text.charCodeAt(end + 1 + digits))) digits++;
  return digits >= 1 && digits <= 5;
}

function isSentenceStart(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 34 || text.charCodeAt(k) === 39)) k--;
  if (k < 0) return true;
  const code = text.charCodeAt(k);
  // . ! ? \n :
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 58;
}
