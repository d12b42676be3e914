/** Small, dependency-free text helpers for the offline judge: sentences, tokens, a light stemmer. */

const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself
his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours yourself
yourselves also may might must shall us via per etc however therefore thus although though yet one ones`.split(
    /\s+/,
  ),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'e.g',
  'i.e',
  'u.s',
  'no',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'gen',
  'gov',
  'sen',
  'rep',
]);

/** Splits text into sentences on . ! ? and line breaks, keeping abbreviations and decimals intact. */
export function splitSentences(text: string, options: { lineBreaks?: boolean } = {}): string[] {
  const out: string[] = [];
  // Without lineBreaks, like punkt: only punctuation ends a sentence, and "1." enumerators do not.
  const lineBreaks = options.lineBreaks ?? true;
  for (const block of lineBreaks ? text.split(/\n+/) : [text]) {
    let start = 0;
    const re = /[.!?]+["')\]]*(?=\s+|$)/g;
    for (let m = re.exec(block); m; m = re.exec(block)) {
      const end = m.index + m[0].length;
      const before = block.slice(start, m.index);
      const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      if (m[0] === '.' && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord))) continue;
      if (!lineBreaks && m[0] === '.' && /(?:^|\s)\d{1,2}$/.test(before)) continue;
      const sentence = block.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end;
    }
    const rest = block.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** Lowercase word tokens; digits with thousands separators are joined ("49,400" → "49400"). */
export function words(text: string): string[] {
  return (
    maskPlaceholders(text)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase()
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  );
}

/** A light suffix-stripping stemmer (Porter-like, step 1 + common derivational suffixes). */
export function stem(word: string): string {
  let w = word.replace(/'s$|'$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  const suffixes = [
    'ational',
    'ization',
    'iveness',
    'fulness',
    'ousness',
    'ations',
    'ation',
    'ments',
    'ment',
    'ness',
    'ingly',
    'edly',
    'ing',
    'ed',
    'ly',
    'er',
    'est',
    'al',
    'ive',
    'ful',
    'ous',
    'ity',
    'ize',
    'ise',
    'ic',
    'e',
    'y',
  ];
  for (const suffix of suffixes) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Doubled final consonant ("stopp" → "stop").
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Content stems of a text: stopwords dropped, stemmed. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) if (!STOPWORDS.has(word)) out.push(stem(word));
  return out;
}

/** Numbers in a text, normalised ("1,200" → "1200", "3.50" → "3.5"). */
export function numbers(text: string): string[] {
  const found =
    maskPlaceholders(text)
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      .match(/(?<![A-Za-z])\d+(?:\.\d+)?/g) ?? [];
  return found.map((n) => (n.includes('.') ? String(Number(n)) : n.replace(/^0+(?=\d)/, '')));
}

/** PII placeholders (`<PERSON_1>`) become one opaque word, so their digits are not read as numbers. */
function maskPlaceholders(text: string): string {
  return text.includes('<')
    ? text.replace(
        /<([A-Z]+(?:_[A-Z]+)*)_(\d+)>/g,
        (_, type: string, n: string) => ` pii${type.replace(/_/g, '').toLowerCase()}x${n} `,
      )
    : text;
}

/** Number words (one to twenty, then the tens) and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
