/**
 * A small language identifier for the language checkers: Unicode scripts first, then stopword
 * counts for Latin-script languages. Returns an ISO 639-1 code, or undefined when unsure.
 */

const SCRIPTS: [RegExp, string][] = [
  [/[\u0980-\u09ff]/g, 'bn'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0a80-\u0aff]/g, 'gu'],
  [/[\u0b80-\u0bff]/g, 'ta'],
  [/[\u0c00-\u0c7f]/g, 'te'],
  [/[\u0c80-\u0cff]/g, 'kn'],
  [/[\u0d00-\u0d7f]/g, 'ml'],
  [/[\u0a00-\u0a7f]/g, 'pa'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0400-\u04ff]/g, 'ru'],
];

const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'is',
    'of',
    'to',
    'in',
    'it',
    'that',
    'you',
    'for',
    'this',
    'with',
    'are',
    'on',
    'was',
    'be',
    'have',
    'not',
    'as',
    'but',
  ],
  de: [
    'der',
    'die',
    'und',
    'ist',
    'das',
    'nicht',
    'ein',
    'eine',
    'ich',
    'sie',
    'zu',
    'mit',
    'den',
    'auf',
    'es',
    'sich',
    'auch',
    'dem',
    'von',
    'wir',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'est',
    'des',
    'un',
    'une',
    'que',
    'pas',
    'pour',
    'dans',
    'du',
    'qui',
    'vous',
    'nous',
    'sur',
    'avec',
    'au',
    'ce',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'es',
    'que',
    'de',
    'en',
    'un',
    'una',
    'por',
    'con',
    'para',
    'del',
    'se',
    'no',
    'su',
    'al',
    'lo',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'un',
    'una',
    'sono',
    'non',
    'con',
    'del',
    'della',
    'gli',
    'le',
    'ha',
    'è',
    'anche',
    'si',
    'nel',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'e',
    'que',
    'de',
    'do',
    'da',
    'em',
    'um',
    'uma',
    'não',
    'para',
    'com',
    'é',
    'se',
    'por',
    'mais',
    'ao',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'niet',
    'ik',
    'op',
    'te',
    'zijn',
    'met',
    'voor',
    'er',
    'je',
    'ook',
    'maar',
    'aan',
    'wij',
  ],
  sw: [
    'na',
    'ya',
    'wa',
    'kwa',
    'ni',
    'za',
    'katika',
    'la',
    'kuwa',
    'hii',
    'cha',
    'wako',
    'yako',
    'sana',
    'hakuna',
    'pia',
    'kama',
    'lakini',
    'huo',
    'hiyo',
  ],
  fi: [
    'ja',
    'on',
    'ei',
    'se',
    'että',
    'oli',
    'hän',
    'mutta',
    'kun',
    'niin',
    'ovat',
    'tai',
    'kuin',
    'myös',
    'ole',
    'joka',
    'sen',
    'ovat',
    'minä',
    'tämä',
  ],
  vi: [
    'và',
    'của',
    'là',
    'có',
    'không',
    'một',
    'những',
    'được',
    'cho',
    'các',
    'với',
    'trong',
    'này',
    'người',
    'đã',
    'để',
    'khi',
    'bạn',
    'tôi',
    'từ',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'da',
    'de',
    'için',
    'ile',
    'çok',
    'ne',
    'olarak',
    'daha',
    'gibi',
    'ama',
    'olan',
    'kadar',
    'sonra',
    'mi',
    'ben',
    'sen',
    'var',
  ],
  pl: [
    'i',
    'w',
    'nie',
    'na',
    'się',
    'z',
    'jest',
    'do',
    'to',
    'że',
    'jak',
    'ale',
    'o',
    'co',
    'tak',
    'od',
    'po',
    'jego',
    'dla',
    'są',
  ],
  id: [
    'dan',
    'yang',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'dari',
    'dalam',
    'akan',
    'pada',
    'juga',
    'saya',
    'ke',
    'karena',
    'ada',
    'bisa',
    'atau',
    'kami',
  ],
};

export function detectLanguage(text: string): string | undefined {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return undefined;
  for (const [pattern, code] of SCRIPTS) {
    const count = (text.match(pattern) ?? []).length;
    if (count / letters > 0.3) {
      if (code === 'zh' && /[\u3040-\u30ff]/.test(text)) return 'ja';
      if (code === 'ar' && /[پچژگی]/.test(text) && /(است|می|این)/.test(text)) return 'fa';
      if (code === 'ar' && /[ٹڈڑںھےۓ]/.test(text)) return 'ur';
      if (code === 'hi') return devanagariLanguage(text);
      if (code === 'ru') return cyrillicLanguage(text);
      return code;
    }
  }
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 3) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  let second = 0;
  for (const [code, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    let hits = 0;
    for (const token of tokens) if (set.has(token)) hits++;
    if (hits > bestScore) {
      second = bestScore;
      bestScore = hits;
      best = code;
    } else if (hits > second) second = hits;
  }
  if (!best || bestScore < 2 || bestScore < second * 1.3) return undefined;
  return best;
}

const count = (tokens: string[], words: Set<string>): number => tokens.filter((t) => words.has(t)).length;
const unicodeTokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];

const HINDI = new Set(['है', 'हैं', 'का', 'की', 'के', 'में', 'और', 'से', 'पर', 'यह', 'था', 'थे', 'लिए']);
const NEPALI = new Set([
  'छ',
  'छन्',
  'हो',
  'मा',
  'लाई',
  'को',
  'र',
  'पनि',
  'भएको',
  'गर्नुहोस्',
  'हुन्छ',
  'थियो',
  'गर्न',
]);
const MARATHI = new Set(['आहे', 'आणि', 'च्या', 'मध्ये', 'नाही', 'आहेत', 'हे', 'या', 'ही', 'होते']);

/** Hindi, Nepali and Marathi share Devanagari; their function words differ. */
function devanagariLanguage(text: string): string {
  const tokens = unicodeTokens(text);
  const scores: [string, number][] = [
    ['hi', count(tokens, HINDI)],
    ['ne', count(tokens, NEPALI)],
    ['mr', count(tokens, MARATHI)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]?.[0] ?? 'hi';
}

const UKRAINIAN = /[іїєґ]/i;
const SERBIAN = /[ђћџљњј]/i;

/** Russian, Ukrainian, Serbian and Bulgarian by their distinctive letters (Bulgarian: ъ, and no ы/э). */
function cyrillicLanguage(text: string): string {
  if (UKRAINIAN.test(text)) return 'uk';
  if (SERBIAN.test(text)) return 'sr';
  const letters = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const hardSigns = (text.match(/[ъЪ]/g) ?? []).length;
  const russianOnly = (text.match(/[ыэЫЭ]/g) ?? []).length;
  if (russianOnly === 0 && hardSigns / Math.max(1, letters) > 0.005) return 'bg';
  return 'ru';
}
