/**
 * SECRET: credentials of every kind share one entity type (and so one placeholder family,
 * `<SECRET_n>`). Each rule is gated by cheap necessary conditions (a literal `indexOf` led by a
 * rare character, the characters before each `_` or `-`, the key before each `:`/`=`) and is
 * literal-led, so text without them costs next to nothing. Rules follow gitleaks/detect-secrets naming and prefixes:
 * PEM private keys, AWS access key ids, GCP API keys, Azure AD client secrets, OpenAI/Anthropic
 * `sk-` keys, Hugging Face, GitHub, GitLab, npm, Slack tokens and webhooks, Stripe, SendGrid, JWTs,
 * Authorization/Bearer values, `curl -u user:pass`, and `password=`/`api_key: …` assignments whose
 * value looks random (Shannon entropy, character mix) rather than like a word or a placeholder.
 */
import { shannonEntropy } from './checksums.js';
import { type Candidate, eachMatch, type Recognizer, type ScanText } from './recognizer.js';

interface SecretRule {
  /** Gate bit (see `gates`): the rule runs only when it is set; it must be set whenever the pattern can match. */
  gate: number;
  pattern: RegExp;
  /** Capture group holding the secret; default the whole match. */
  group?: number;
  minEntropy?: number;
}

// Gate bits.
const G_PEM = 1;
const G_AWS_OR_GCP = 1 << 1;
const G_AZURE = 1 << 2;
const G_SK_DASH = 1 << 3;
const G_HF = 1 << 4;
const G_GITHUB = 1 << 5;
const G_GITHUB_PAT = 1 << 6;
const G_GITLAB = 1 << 7;
const G_NPM = 1 << 8;
const G_SLACK_TOKEN = 1 << 9;
const G_SLACK_HOOK = 1 << 10;
const G_STRIPE = 1 << 11;
const G_SENDGRID = 1 << 12;
const G_JWT = 1 << 13;
const G_AUTHORIZATION = 1 << 14;
const G_BEARER = 1 << 15;
const G_CURL = 1 << 16;
const G_ASSIGNMENT = 1 << 17;

const RULES: readonly SecretRule[] = [
  {
    gate: G_PEM,
    pattern:
      /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,16384}?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\]{0,16384})/g,
  },
  {
    gate: G_AWS_OR_GCP,
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
    minEntropy: 3,
  },
  { gate: G_AWS_OR_GCP, pattern: /\bAIza[\w-]{35}(?![\w-])/g, minEntropy: 3.5 },
  { gate: G_AZURE, pattern: /\b[\w~.]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/g },
  {
    gate: G_SK_DASH,
    pattern: /\bsk-(?:ant-|proj-|svcacct-|admin-)?[\w-]{20,200}(?![\w-])/g,
    minEntropy: 3.5,
  },
  { gate: G_HF, pattern: /\bhf_[A-Za-z0-9]{30,40}\b/g, minEntropy: 3.5 },
  { gate: G_GITHUB, pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  { gate: G_GITHUB_PAT, pattern: /\bgithub_pat_\w{60,255}\b/g },
  {
    gate: G_GITLAB,
    pattern: /\bgl(?:pat|ptt|dt|rt|cbt|oas)-[\w-]{20,64}(?![\w-])/g,
  },
  { gate: G_NPM, pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { gate: G_SLACK_TOKEN, pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,250}/g },
  {
    gate: G_SLACK_HOOK,
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{20,120}/g,
  },
  { gate: G_STRIPE, pattern: /\b(?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{10,247}\b/g },
  { gate: G_SENDGRID, pattern: /\bSG\.[\w-]{22}\.[\w-]{43}\b/g },
  { gate: G_JWT, pattern: /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g },
  {
    gate: G_AUTHORIZATION,
    pattern:
      /\b(?:proxy-)?authorization["']?\s{0,4}[:=]\s{0,4}["']?(?:(?:bearer|basic|token|digest|apikey|sso-key)\s{1,4})?([\w.~+/=-]{6,4096})/gi,
    group: 1,
  },
  { gate: G_BEARER, pattern: /\bbearer\s{1,4}([\w.~+/-]{12,4096}=*)/gi, group: 1 },
  { gate: G_CURL, pattern: /\s(?:-u|--user)\s{1,4}["']?([^\s"':]{1,128}:[^\s"']{1,256})/g, group: 1 },
];

/** Key names whose assigned value is a credential when it looks random. */
// Spelled-out case variants instead of the `i` flag: several times faster to scan in V8.
const ASSIGNMENT =
  /(?:[Pp]ass(?:word|wd|phrase)|PASS(?:WORD|WD|PHRASE)|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi[_-]?[Kk]ey|API[_-]?KEY|[Aa]ccess[_-]?[Kk]ey|ACCESS[_-]?KEY|[Pp]rivate[_-]?[Kk]ey|PRIVATE[_-]?KEY|[Cc]redentials?|CREDENTIALS?)[\w-]{0,24}["']?\s{0,4}(?:=|:=|=>|:)\s{0,4}["']?([^\s"'`,;{}<>()[\]]{6,512})/g;
/**
 * The assignment pattern tried at one `:`/`=`: a lazy prefix lets the key start up to 35
 * characters (the longest key name, 11, plus `[\w-]{0,24}`) before the end of the word that
 * precedes the operator, so the first match found is the leftmost one a global scan would find.
 */
const ASSIGNMENT_AT = new RegExp(`[^]{0,35}?(${ASSIGNMENT.source})`, 'y');
/**
 * Letters (bit = code - 97) each key name needs, lower-cased: pass, pwd, secret, token, key
 * (api/access/private key) and credential. A word without all letters of any of them holds no key.
 */
function letterSet(letters: string): number {
  return [...letters].reduce((mask, letter) => mask | (1 << (letter.charCodeAt(0) - 97)), 0);
}
const PASS_LETTERS = letterSet('pas');
const PWD_LETTERS = letterSet('pwd');
const SECRET_LETTERS = letterSet('secrt');
const TOKEN_LETTERS = letterSet('tokn');
const KEY_LETTERS = letterSet('key');
const CREDENTIAL_LETTERS = letterSet('credntial');
const AUTHORIZATION_WORD = /^authorization$/i;
const BEARER_WORD = /bearer/i;
const CURL_WORD = /curl/i;

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Per ASCII `[\w-]` character: its letter's bit (as in `PASS_LETTERS`…), or bit 26; else 0. */
const KEY_WORD_BITS = new Int32Array(128);
for (let code = 0; code < 128; code++) {
  if (!isAsciiWordOrDash(code)) continue;
  const lower = code | 32;
  KEY_WORD_BITS[code] = lower >= 97 && lower <= 122 ? 1 << (lower - 97) : 1 << 26;
}

function isAsciiWordOrDash(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45
  );
}

const SPACE_AT = /\s/y;

/** `\s` at `at` (one code unit; `\s` holds no surrogates). */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  SPACE_AT.lastIndex = at;
  return SPACE_AT.test(text);
}

/**
 * End of the `[\w-]` word that an operator at `op` may assign to: back over at most four
 * whitespace characters and one quote. -1 when there is no such word.
 */
function keyWordEnd(text: string, op: number): number {
  let k = op;
  for (let spaces = 0; spaces < 4 && k > 0 && isSpaceAt(text, k - 1); spaces++) k--;
  const quote = text.charCodeAt(k - 1);
  if (quote === 34 || quote === 39) k--;
  return k > 0 && isAsciiWordOrDash(text.charCodeAt(k - 1)) ? k : -1;
}

function mayHoldKeyName(letters: number): boolean {
  // Spelled out: this runs for most `:` and `=` of the text.
  return (
    (letters & PASS_LETTERS) === PASS_LETTERS ||
    (letters & PWD_LETTERS) === PWD_LETTERS ||
    (letters & SECRET_LETTERS) === SECRET_LETTERS ||
    (letters & TOKEN_LETTERS) === TOKEN_LETTERS ||
    (letters & KEY_LETTERS) === KEY_LETTERS ||
    (letters & CREDENTIAL_LETTERS) === CREDENTIAL_LETTERS
  );
}

/**
 * `text[start, end)` (ASCII `[\w-]` characters) holds a letter pair that every key name holds,
 * any case: "ss" (pass…), "wd" (pwd), "cr" (secret, credential), "ok" (token) or "ey" (…key).
 * Words that have a key name's letters but not its spelling ("customer", "RestaurantsTakeOut")
 * are ruled out without running the assignment pattern.
 */
export function hasKeyNamePair(text: string, start: number, end: number): boolean {
  let previous = 0;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k) | 32;
    if (
      (code === 115 && previous === 115) || // ss
      (code === 100 && previous === 119) || // wd
      (code === 114 && previous === 99) || // cr
      (code === 107 && previous === 111) || // ok
      (code === 121 && previous === 101) // ey
    )
      return true;
    previous = code;
  }
  return false;
}

/**
 * Which rules can match at all, from cheap checks of the literals their patterns need. Each
 * literal is found from its rarest character with `indexOf` (V8 runs `memchr` for one character,
 * far faster than a regex over the whole text); the words before `_`, `-`, `:` and `=` gate the
 * other rules.
 */
function gates(text: string): number {
  let bits = 0;
  if (text.indexOf('Q~') !== -1) bits |= G_AZURE;
  // SendGrid's `SG.` from its rarer "G.".
  for (let at = text.indexOf('G.'); at !== -1; at = text.indexOf('G.', at + 2)) {
    if (text.charCodeAt(at - 1) === 83) {
      bits |= G_SENDGRID;
      break;
    }
  }
  for (let at = text.indexOf('A'); at !== -1; at = text.indexOf('A', at + 1)) {
    if (awsOrGcpPrefixAt(text, at)) {
      bits |= G_AWS_OR_GCP;
      break;
    }
  }
  // A JWT starts with `eyJ`: "J" is far rarer than "e".
  for (let at = text.indexOf('J'); at !== -1; at = text.indexOf('J', at + 1)) {
    if (text.charCodeAt(at - 1) === 121 && text.charCodeAt(at - 2) === 101) {
      bits |= G_JWT;
      break;
    }
  }
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', at + 1)) {
    if (at >= 15 && text.startsWith('hooks.slack.com', at - 15)) {
      bits |= G_SLACK_HOOK;
      break;
    }
  }
  bits |= underscoreGates(text) | dashGates(text);
  if (BEARER_WORD.test(text)) bits |= G_BEARER;
  return bits;
}

/** The `A` at `at` starts an AWS key id prefix (A3T, AKIA, ASIA, ABIA, ACCA) or GCP's `AIza`. */
export function awsOrGcpPrefixAt(text: string, at: number): boolean {
  const second = text.charCodeAt(at + 1);
  const third = text.charCodeAt(at + 2);
  const fourth = text.charCodeAt(at + 3);
  switch (second) {
    case 51: // '3'
      return third === 84; // 'T'
    case 66: // 'B'
    case 75: // 'K'
    case 83: // 'S'
      return third === 73 && fourth === 65; // 'IA'
    case 67: // 'C'
      return third === 67 && fourth === 65; // 'CA'
    case 73: // 'I'
      return third === 122 && fourth === 97; // 'za'
    default:
      return false;
  }
}

/**
 * Gates of the prefixes before a `_` (hf_, gh[pousr]_, github_, npm_, sk_/rk_), told apart by the
 * lower-case letter each ends in.
 */
function underscoreGates(text: string): number {
  let bits = 0;
  for (let at = text.indexOf('_'); at !== -1; at = text.indexOf('_', at + 1)) {
    switch (text.charCodeAt(at - 1)) {
      case 102: // 'f'
        if (text.charCodeAt(at - 2) === 104) bits |= G_HF;
        break;
      case 98: // 'b'
        if (text.startsWith('github', at - 6)) bits |= G_GITHUB_PAT;
        break;
      case 109: // 'm'
        if (text.startsWith('npm', at - 3)) bits |= G_NPM;
        break;
      case 107: // 'k'
        if (text.charCodeAt(at - 2) === 115 || text.charCodeAt(at - 2) === 114) bits |= G_STRIPE;
        break;
      case 112: // 'p'
      case 111: // 'o'
      case 117: // 'u'
      case 115: // 's'
      case 114: // 'r'
        if (text.startsWith('gh', at - 3)) bits |= G_GITHUB;
    }
  }
  return bits;
}

/**
 * Gates found at each `-`: the PEM header, curl's `-u`/`--user` after whitespace (as its pattern
 * needs) when the text also holds the word curl, and the prefixes sk-, xox?-, gl…- (each ends in a
 * lower-case letter).
 */
function dashGates(text: string): number {
  let bits = 0;
  let curlOption = false;
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 117) {
      // 'u': "\s-u" or "\s--user"
      if (isSpaceAt(text, at - 1) || (text.charCodeAt(at - 1) === 45 && isSpaceAt(text, at - 2)))
        curlOption = true;
    } else if (next === 45 && text.startsWith('-----BEGIN', at)) bits |= G_PEM;
    const last = text.charCodeAt(at - 1);
    if (!isLowerAscii(last)) continue;
    if (last === 107 && text.charCodeAt(at - 2) === 115) bits |= G_SK_DASH;
    if (text.charCodeAt(at - 2) === 120 && text.startsWith('xox', at - 4)) bits |= G_SLACK_TOKEN;
    // GitLab prefixes end in t (glpat, glptt, gldt, glrt, glcbt) or s (gloas).
    if ((last === 116 || last === 115) && (text.startsWith('gl', at - 4) || text.startsWith('gl', at - 5)))
      bits |= G_GITLAB;
  }
  // The curl rule's own pattern does not hold the word, so the word itself gates it.
  if (curlOption && CURL_WORD.test(text)) bits |= G_CURL;
  return bits;
}

/**
 * The 13 characters before `end` spell `authorization`, any case (ASCII letters only: a non-Unicode
 * `i` regex never folds other characters into ASCII ones, so they are part of the word).
 */
function authorizationBefore(text: string, end: number): boolean {
  // The first and last letters settle most words without a slice.
  return (
    end >= 13 &&
    (text.charCodeAt(end - 1) | 32) === 110 &&
    (text.charCodeAt(end - 13) | 32) === 97 &&
    AUTHORIZATION_WORD.test(text.slice(end - 13, end))
  );
}

/**
 * Finds the `:`/`=` operators whose preceding word may be an assignment key or `authorization`,
 * runs the assignment pattern at each (in text order, as a global scan would) and reports
 * whether the authorization rule can match.
 */
function scanOperators(text: string, colons: readonly number[], out: Candidate[]): boolean {
  let authorization = false;
  let nextColon = 0;
  let equals = text.indexOf('=');
  let previousEnd = 0;
  while (nextColon < colons.length || equals !== -1) {
    let op: number;
    if (equals === -1 || (nextColon < colons.length && colons[nextColon]! < equals)) {
      op = colons[nextColon++]!;
    } else {
      op = equals;
      equals = text.indexOf('=', equals + 1);
    }
    const wordEnd = keyWordEnd(text, op);
    if (wordEnd === -1) continue;
    if (!authorization && authorizationBefore(text, wordEnd)) authorization = true;
    if (op < previousEnd) continue;
    // The word's last 35 characters (the most an assignment key can start before its end).
    let letters = 0;
    let wordStart = wordEnd;
    for (const stop = Math.max(0, wordEnd - 35); wordStart > stop; wordStart--) {
      const code = text.charCodeAt(wordStart - 1);
      const bit = code < 128 ? KEY_WORD_BITS[code]! : 0;
      if (bit === 0) break;
      letters |= bit;
    }
    if (!mayHoldKeyName(letters) || !hasKeyNamePair(text, wordStart, wordEnd)) continue;
    ASSIGNMENT_AT.lastIndex = Math.max(previousEnd, wordEnd - 35);
    const match = ASSIGNMENT_AT.exec(text);
    if (match === null) continue;
    const assignment = match[1]!;
    const value = match[2] ?? '';
    const end = match.index + match[0].length;
    previousEnd = end;
    const passwordKey = /^(?:pass|pwd)/i.test(assignment);
    if (!looksLikeSecretValue(value, passwordKey)) continue;
    out.push({ type: 'SECRET', start: end - value.length, end, score: 0.9 });
  }
  return authorization;
}

const PLACEHOLDER_VALUE =
  /^(?:\*+|x+|\.+|<[^>]*>|\$\{?[\w.]+\}?|%[\w.]+%|\{\{[^}]*\}\}|process\.env\.\w+|os\.environ\S*|null|none|undefined|true|false|required|optional|string|redacted|\[redacted\])$/i;

/** True when an assigned value reads like a credential: random-looking, or a mixed password. */
export function looksLikeSecretValue(value: string, passwordKey: boolean): boolean {
  if (PLACEHOLDER_VALUE.test(value)) return false;
  if (value.startsWith('<') && /^<[A-Z_]+_\d+>$/.test(value)) return false; // already masked
  const classes =
    Number(/[a-z]/.test(value)) +
    Number(/[A-Z]/.test(value)) +
    Number(/\d/.test(value)) +
    Number(/[^\w]/.test(value));
  const entropy = shannonEntropy(value);
  if (passwordKey) return classes >= 2 || entropy >= 3;
  return entropy >= 3.5 || (classes >= 3 && value.length >= 12);
}

export const secretRecognizer: Recognizer = {
  type: 'SECRET',
  find(scan: ScanText, out: Candidate[]): void {
    const text = scan.text;
    const assignments: Candidate[] = [];
    let active = gates(text);
    if (scanOperators(text, scan.colons, assignments)) active |= G_AUTHORIZATION;
    if (assignments.length > 0) active |= G_ASSIGNMENT;
    if (active === 0) return;
    for (const rule of RULES) {
      if ((active & rule.gate) === 0) continue;
      eachMatch(rule.pattern, text, (match) => {
        const secret = rule.group === undefined ? match[0] : match[rule.group];
        if (secret === undefined) return;
        if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return;
        if (rule.group !== undefined && /^<[A-Z_]+_\d+>/.test(secret)) return;
        const end = match.index + match[0].length;
        out.push({ type: 'SECRET', start: end - secret.length, end, score: 1 });
      });
    }
    // Assignments come after the other rules' candidates, as they always have.
    for (const candidate of assignments) out.push(candidate);
  },
};
