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
 */
import { nameLexicon } from './name-lexicon.js';
import { type Candidate, hasContext, isDigitCode, type Recognizer, type ScanText } from './recognizer.js';

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

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*\.?/gu;
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
/** Words right after a single token that say it is a person ("Klimek shouted", "Aki said"). */
const AFTER_CUE =
  /^(?:'s|’s)? (?:said|says|shouted|told|asked|replied|wrote|smiled|laughed|nodded|is a|was a|spent|is very|has been|had given|is from|and I|agreed|explained)\b/;

type TokenClass = 'name' | 'ambiguous' | 'english' | 'unknown' | 'particle' | 'initial';

interface Token {
  start: number;
  end: number;
  /** Lower-case form without a trailing period or possessive. */
  key: string;
  capitalised: boolean;
  /** Two or more letters, all upper-case. */
  shouting: boolean;
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null && match.index < to; match = TOKEN.exec(text)) {
    let value = match[0];
    let end = match.index + value.length;
    const initial = value.length === 2 && value.endsWith('.');
    if (value.endsWith('.') && !initial) {
      value = value.slice(0, -1);
      end--;
    }
    if (/['’]s$/i.test(value)) {
      value = value.slice(0, -2);
      end -= 2;
    }
    while (/['’-]$/.test(value)) {
      value = value.slice(0, -1);
      end--;
    }
    if (value.length === 0) continue;
    tokens.push({
      start: match.index,
      end,
      key: value.toLowerCase(),
      capitalised: isUpper(value.charAt(0)),
      shouting: value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase(),
    });
  }
  return tokens;
}

export const personRecognizer: Recognizer = {
  type: 'PERSON',
  find(scan: ScanText, out: Candidate[]): void {
    const text = scan.text;
    // Early-exit scans (no full-text copies): any upper-case letter / any lower-case letter.
    const allLower = !HAS_UPPER.test(text);
    const allUpper = !allLower && !HAS_LOWER.test(text);

    const classify = (token: Token): TokenClass => {
      const key = token.key;
      if (key.length === 2 && key.endsWith('.') && token.capitalised) return 'initial';
      const flags = flagsOf(key);
      if (flags & (F_NOT_NAME | F_TITLE | F_PARTICLE)) return 'english';
      const inList = (flags & (F_FIRST | F_LAST)) !== 0;
      // In mixed-case text an ALL-CAPS word is a heading, acronym or city line, rarely a name.
      if (!allUpper && token.shouting) return inList ? 'ambiguous' : 'english';
      if (flags & F_AMBIGUOUS) return 'ambiguous';
      if (inList) return 'name';
      if (flags & F_ENGLISH) return 'english';
      return 'unknown';
    };
    const canStart = (token: Token, kind: TokenClass): boolean => {
      if (allLower || allUpper) return kind === 'name';
      return token.capitalised && kind !== 'english' && kind !== 'particle';
    };

    const scanTokens = (tokens: Token[]): void => {
      let i = 0;
      while (i < tokens.length) {
        const first = tokens[i]!;
        const firstKind = classify(first);
        if (!canStart(first, firstKind) || firstKind === 'initial' || inIdentifier(text, first)) {
          i++;
          continue;
        }
        // Grow the run over single-space gaps: names, unknown capitalised words, particles, initials.
        const kinds: TokenClass[] = [firstKind];
        let last = i;
        for (let j = i + 1; j < tokens.length && j - i < 6; j++) {
          const next = tokens[j]!;
          const gap = text.slice(tokens[j - 1]!.end, next.start);
          if (gap !== ' ' && !(gap === '. ' && kinds[kinds.length - 1] === 'initial')) break;
          if (text.charCodeAt(tokens[j - 1]!.end) === 46 && kinds[kinds.length - 1] !== 'initial') break;
          const kind = classify(next);
          if (PARTICLES.has(next.key) && !next.capitalised) {
            kinds.push('particle');
            continue;
          }
          if (kind === 'english' || (!canStart(next, kind) && kind !== 'initial')) break;
          kinds.push(kind);
          last = j;
        }
        kinds.length = last - i + 1;
        while (kinds.length > 1 && kinds[kinds.length - 1] === 'particle') kinds.pop();

        const names = kinds.filter((kind) => kind === 'name').length;
        const ambiguous = kinds.filter((kind) => kind === 'ambiguous').length;
        const words = kinds.filter((kind) => kind !== 'particle' && kind !== 'initial').length;
        const prev = i > 0 ? tokens[i - 1] : undefined;
        const titled =
          prev !== undefined && TITLES.has(prev.key.replace(/\.$/, '')) && first.start - prev.end <= 2;
        // A title belongs to the entity ("Mr. John Hansen" is masked whole).
        const start = titled ? prev!.start : first.start;
        const end = tokens[last]!.end;
        // Context checks are computed only in the branches that need them (at most once each).
        const cued = (): boolean => titled || hasContext(scan, start, end, CUES, 24, 0);
        const cuedAfter = words === 1 && AFTER_CUE.test(text.slice(end, end + 16));

        let score = 0;
        if (titled) score = 0.9;
        else if (words >= 2 && names >= 1) score = 0.85;
        else if (words >= 2 && ambiguous >= 1) score = cued() ? 0.6 : 0.35;
        else if (words === 1 && names === 1) {
          // A lone listed word in a short lower-case value ("max", "dev") is weak evidence.
          const shortValue = allLower && text.length < 24;
          score =
            flagsOf(first.key) & F_FIRST && !shortValue ? (isSentenceStart(text, start) ? 0.45 : 0.6) : 0.35;
          if (cuedAfter || cued()) score += 0.3;
        } else if (words >= 2) score = cued() ? 0.6 : 0.3;
        else if (cuedAfter || (cued() && !isSentenceStart(text, start))) score = ambiguous === 0 ? 0.5 : 0.4;
        if (score > 0 && !titled) {
          const afterPlace =
            prev !== undefined && PLACE_PREPOSITIONS.has(prev.key) && first.start - prev.end === 1;
          if (afterPlace && words === 1 && !cuedAfter) score -= 0.3;
          // "36 Holmevej 34", "Delta 116": a run between a building number and a house number is a street.
          if (streetLike(text, start, end)) score -= 0.4;
        }
        if (score > 0) out.push({ type: 'PERSON', start, end, score: Math.min(score, 1) });
        i = last + 1;
      }
    };

    if (allLower || allUpper) {
      scanTokens(tokenize(text, 0, text.length));
      return;
    }
    // Mixed case: only capitalised words start a name, so tokenise just the regions around them
    // (the word before, for titles and prepositions, and the words joined to them by single spaces).
    let coveredUntil = 0;
    CAPITAL_START.lastIndex = 0;
    for (let hit = CAPITAL_START.exec(text); hit !== null; hit = CAPITAL_START.exec(text)) {
      const capStart = hit.index;
      // The scan regex is a plain class (fast); non-ASCII hits are checked for case here.
      if (text.charCodeAt(capStart) > 127 && !isUpper(text.charAt(capStart))) continue;
      WORD_REST.lastIndex = capStart + 1;
      const rest = WORD_REST.exec(text);
      const word = text.slice(capStart, capStart + 1 + (rest === null ? 0 : rest[0].length));
      CAPITAL_START.lastIndex = capStart + word.length;
      if (capStart > 0 && LETTER.test(text.charAt(capStart - 1))) continue;
      // A name already found in this trace: mask this mention too, whatever its local evidence.
      const known = scan.knownNames?.get(word.replace(/(?:['’]s|\.)$/, ''));
      if (known !== undefined) {
        for (const name of known) {
          const end = capStart + name.length;
          if (text.startsWith(name, capStart) && !NAME_CHAR.test(text.charAt(end))) {
            out.push({ type: 'PERSON', start: capStart, end, score: 0.8 });
            break;
          }
        }
      }
      if (capStart < coveredUntil) continue;
      // Fast path: a lone common word ("The", "However") cannot start a name; titles still can.
      const key = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
      const flags = flagsOf(key);
      if (!(flags & F_TITLE) && (flags & F_NOT_NAME || (flags & (F_ENGLISH | F_AMBIGUOUS)) === F_ENGLISH))
        continue;
      // An acronym ("FLSA", "HTTP") that no name list knows cannot start a name in mixed-case text.
      if (word.length > 1 && !(flags & (F_FIRST | F_LAST)) && word === word.toUpperCase()) continue;
      let regionStart = capStart;
      if (text.charCodeAt(capStart - 1) === 32) {
        regionStart = capStart - 1;
        while (regionStart > 0 && capStart - regionStart < 24 && text.charCodeAt(regionStart - 1) !== 32)
          regionStart--;
      }
      let regionEnd = capStart + word.length;
      for (let step = 0; step < 8 && text.charCodeAt(regionEnd) === 32; step++) {
        FOLLOWING.lastIndex = regionEnd + 1;
        const next = FOLLOWING.exec(text);
        if (next === null) break;
        regionEnd = next.index + next[0].length;
      }
      scanTokens(tokenize(text, Math.max(regionStart, coveredUntil), regionEnd));
      coveredUntil = regionEnd;
      CAPITAL_START.lastIndex = Math.max(CAPITAL_START.lastIndex, regionEnd);
    }
  },
};

const F_FIRST = 1;
const F_LAST = 2;
const F_AMBIGUOUS = 4;
const F_ENGLISH = 8;
const F_NOT_NAME = 16;
const F_TITLE = 32;
const F_PARTICLE = 64;
let wordFlags: Map<string, number> | undefined;

/** One map lookup per word instead of one per list (the word is a fresh string each time). */
function flagsOf(key: string): number {
  if (wordFlags === undefined) {
    const lex = nameLexicon();
    const flags = new Map<string, number>();
    const add = (words: Iterable<string>, flag: number) => {
      for (const word of words) flags.set(word, (flags.get(word) ?? 0) | flag);
    };
    add(lex.first, F_FIRST);
    add(lex.last, F_LAST);
    add(lex.ambiguous, F_AMBIGUOUS);
    add(lex.english, F_ENGLISH);
    add(NOT_NAMES, F_NOT_NAME);
    add(TITLES, F_TITLE);
    add(PARTICLES, F_PARTICLE);
    wordFlags = flags;
  }
  // A small map of recently seen words stays in the CPU cache; the full map (45k words) does not.
  let flags = hotFlags.get(key);
  if (flags === undefined) {
    flags = wordFlags.get(key) ?? 0;
    if (hotFlags.size >= 4096) hotFlags.clear();
    hotFlags.set(key, flags);
  }
  return flags;
}
const hotFlags = new Map<string, number>();

/** Where a capitalised word may start: an ASCII capital or any non-ASCII character. */
const CAPITAL_START = /[A-Z\u0080-\uffff]/g;
const WORD_REST = /[\p{L}\p{M}'’-]*\.?/uy;
/** A capitalised word, an initial or a name particle right after a space. */
const FOLLOWING =
  /(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:van|der|den|de|del|della|di|da|dos|das|du|von|zu|la|le|ter|ten|bin|binti|al|el|ben|y)(?= ))/uy;
const LETTER = /[\p{L}\p{M}]/u;
const NAME_CHAR = /[\p{L}\p{M}\d]/u;

/** Part of an e-mail, URL, path or identifier ("ops@acme.dev", "max_tokens", "a/b"). */
function inIdentifier(text: string, token: Token): boolean {
  const before = token.start > 0 ? text.charAt(token.start - 1) : ' ';
  const after = text.charAt(token.end);
  if (before === '@' || before === '/' || before === '_' || before === '\\' || after === '@' || after === '_')
    return true;
  if (before === '.' && token.start > 1 && /\w/.test(text.charAt(token.start - 2))) return true;
  return after === '.' && /\w/.test(text.charAt(token.end + 1));
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
  const char = text.charAt(k);
  return char === '.' || char === '!' || char === '?' || char === '\n' || char === ':';
}
