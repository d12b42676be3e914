/**
 * STREET_ADDRESS: rule-based, for the shapes addresses take in English and European text:
 * - number + words + street type ("221B Baker Street", "4589 40th St.");
 * - street name with a suffix or a leading street word + house number ("Holmevej 34",
 *   "Rue des Sartiaux 318", "ul. Podleśna 17"), optionally after a building number;
 * - building number + capitalised words + number ("92 Eusebio Dávila 57"), which needs a context word;
 * - secondary units (Apt. 12, Suite 300), P.O. boxes, US military addresses (PSC/APO/FPO);
 * - ZIP/post codes, only right after a context word ("zip code is 37773").
 * A found street line is extended over the lines that usually follow it (unit, city, region,
 * country, post code), so a whole postal block becomes one entity.
 */
import {
  type Candidate,
  CONTEXT_BOOST,
  eachMatchNearDigits,
  hasContext,
  type Recognizer,
  type ScanText,
} from './recognizer.js';

/** `word|Word|WORD` for each word: cheaper for V8 than a case-insensitive Unicode regex. */
function caseVariants(words: string): string {
  return words
    .split('|')
    .flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])
    .join('|');
}

const STREET_TYPES =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|square|sq|terrace|way|parkway|pkwy|highway|hwy|circle|cir|trail|crescent|close|row|alley|plaza|loop|pike|mews|gardens|grove|park';
const SUFFIXES =
  'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|plein|gracht|dijk|kade|vej|gade|gatan|vägen|väg|veien|vegen|gata|tie|katu|kuja|polku|utca|út|ulica|cesta|ulice|vegur|braut|gata';
const LEADING =
  'rue|via|viale|calle|avenida|avda\\.|rua|travessa|piazza|plaza|ul\\.|ulica|avenue|boulevard|chemin|strada|carrer|camino|paseo|praça|largo|route|allée|place';
const WORD = "[\\p{L}\\p{M}0-9'’.-]+";

interface AddressPattern {
  pattern: RegExp;
  score: number;
  needsContext?: boolean;
  /** The match starts at a suffix: walk back over the letters of the street name. */
  walkBack?: boolean;
  zip?: boolean;
  /** Only used when the whole text is lower-case. */
  lowerCaseText?: boolean;
}

const PATTERNS: readonly AddressPattern[] = [
  // 1. Number + up to four words + a street type.
  {
    pattern: new RegExp(
      `\\b\\d{1,6}[A-Za-z]?(?: \\d{1,6})? (?:${WORD} ){0,4}?(?:${caseVariants(STREET_TYPES)})\\b\\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?`,
      'gu',
    ),
    score: 0.6,
  },
  // 2. A street name with a suffix, then a house number.
  {
    pattern: new RegExp(`(?:${caseVariants(SUFFIXES)}) \\d{1,5}[a-z]?\\b`, 'gu'),
    score: 0.6,
    walkBack: true,
  },
  // 3. A leading street word, up to four words, then a house number.
  {
    pattern: new RegExp(`\\b(?:${caseVariants(LEADING)}) (?:${WORD} ){0,4}?\\d{1,5}[a-z]?\\b`, 'gu'),
    score: 0.6,
  },
  // 4. Building number + words (the first capitalised) + number; a context word or a line of its own.
  {
    pattern: /\b\d{1,5} \p{Lu}[\p{L}\p{M}'’./-]*(?: [\p{L}\p{M}'’./-]+){0,4} \d{1,5}[a-z]?\b/gu,
    score: 0.3,
    needsContext: true,
  },
  {
    pattern: /\b\d{1,5} \p{Ll}[\p{L}\p{M}'’./-]*(?: [\p{L}\p{M}'’./-]+){0,4} \d{1,5}[a-z]?\b/gu,
    score: 0.3,
    needsContext: true,
    lowerCaseText: true,
  },
  // 5. Secondary units, P.O. boxes, military addresses.
  {
    pattern: new RegExp(`\\b(?:${caseVariants('apt\\.?|apartment|suite|ste\\.')}) ?#?\\d{1,5}[a-z]?\\b`, 'g'),
    score: 0.45,
  },
  { pattern: /\b[Pp]\.? ?[Oo]\.? (?:[Bb]ox|BOX) \d{1,6}\b/g, score: 0.8 },
  { pattern: /\b(?:PSC|CMR|Unit) \d{3,5},? Box \d{1,5}\b/gu, score: 0.8 },
  { pattern: /\b(?:USS [\p{L}]+\s+)?[AFD]PO (?:AA|AE|AP) \d{5}\b/gu, score: 0.8 },
  // 6. ZIP / post codes with a cue right before them.
  { pattern: /\b\d{5}(?:-\d{4})?\b/g, score: 0.1, needsContext: true, zip: true },
];

const CONTEXT = [
  'address',
  'live at',
  'lives at',
  'living at',
  'located at',
  'moved to',
  'send to',
  'sent to',
  'ship to',
  'shipped to',
  'deliver',
  'return to',
  'arrived at',
  'mail',
  'office at',
  'zip',
  'postal',
  'postcode',
  'post code',
  'headquarters',
  'residence',
];
const ZIP_CONTEXT = ['zip', 'postal code', 'postcode', 'post code'];

/** Lines that commonly follow a street line: unit, city/region/country words, a post code. */
const TAIL =
  /[ \t]+(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}(?![\p{L}\p{M}\d])|[ \t]*(?:,[ \t]*|\n[ \t>?]*(?:, ?nan\n[ \t]*)?)(?:(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}|\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*| (?:and|the|of|de|do|da) ){0,4}(?: [A-Z]{2})?(?: \d{4,6})?|\d{4,6})(?![\p{L}\p{M}\d])/uy;
/** The same for all-lower-case text: a whole segment up to the next comma or line end. */
const TAIL_LOWER =
  /[ \t]+(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}(?![\p{L}\p{M}\d])|[ \t]*(?:,[ \t]*|\n[ \t>?]*(?:, ?nan\n[ \t]*)?)(?:(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.|[Uu]nit) ?#?\d{1,5}|\p{Ll}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,4}(?: \d{4,6})?|\d{4,6})(?=[ \t]*(?:\n|,|$))/uy;
/** A building number (and capitalised words) right before a street-name match. */
const LEAD = /\d{1,5} (?:\p{Lu}[\p{L}\p{M}'’.-]* ){0,3}$/u;
/** A line that holds only the address: text start or a newline (mail quoting allowed) before it. */
const LINE_START = /(?:^|\n)[ \t>?]*$/;

const STREET_LETTER = /[\p{L}\p{M}'-]/u;

function extend(text: string, end: number, lowerCase: boolean): number {
  const tail = lowerCase ? TAIL_LOWER : TAIL;
  let current = end;
  for (let step = 0; step < 5; step++) {
    tail.lastIndex = current;
    const match = tail.exec(text);
    if (match === null) break;
    current += match[0].length;
  }
  return current;
}

export const streetAddressRecognizer: Recognizer = {
  type: 'STREET_ADDRESS',
  find(scan: ScanText, out: Candidate[]): void {
    if (!scan.hasDigit) return;
    const text = scan.text;
    const lowerCase = text === scan.lower;
    for (const { pattern, score, needsContext, walkBack, zip: isZip, lowerCaseText } of PATTERNS) {
      if (lowerCaseText && !lowerCase) continue;
      eachMatchNearDigits(pattern, scan, 48, 64, (match) => {
        let start = match.index;
        let end = start + match[0].length;
        if (walkBack) {
          while (start > 0 && match.index - start < 30 && STREET_LETTER.test(text.charAt(start - 1))) start--;
        }
        if (!isZip) {
          const lead = LEAD.exec(text.slice(Math.max(0, start - 48), start));
          if (lead !== null) start -= lead[0].length;
        }
        const before = text.slice(Math.max(0, start - 8), start);
        const context = isZip
          ? hasContext(scan, start, end, ZIP_CONTEXT, 24)
          : hasContext(scan, start, end, CONTEXT, 64) || LINE_START.test(before);
        if (needsContext && !context) return;
        if (!isZip) end = extend(text, end, lowerCase);
        out.push({
          type: 'STREET_ADDRESS',
          start,
          end,
          score: Math.min(1, score + (context ? CONTEXT_BOOST : 0)),
        });
      });
    }
  },
};
