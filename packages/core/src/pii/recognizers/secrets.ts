/**
 * SECRET: credentials of every kind share one entity type (and so one placeholder family,
 * `<SECRET_n>`). Each rule is gated by a literal keyword and is literal-led, so text without the
 * keyword costs one `indexOf`. Rules follow gitleaks/detect-secrets naming and prefixes:
 * PEM private keys, AWS access key ids, GCP API keys, Azure AD client secrets, OpenAI/Anthropic
 * `sk-` keys, Hugging Face, GitHub, GitLab, npm, Slack tokens and webhooks, Stripe, SendGrid, JWTs,
 * Authorization/Bearer values, `curl -u user:pass`, and `password=`/`api_key: …` assignments whose
 * value looks random (Shannon entropy, character mix) rather than like a word or a placeholder.
 */
import { shannonEntropy } from './checksums.js';
import { type Candidate, eachMatch, type Recognizer, type ScanText } from './recognizer.js';

interface SecretRule {
  /** Lower-case literals; the rule runs only when one occurs in the lower-cased text. */
  keywords: readonly string[];
  pattern: RegExp;
  /** Capture group holding the secret; default the whole match. */
  group?: number;
  minEntropy?: number;
}

const RULES: readonly SecretRule[] = [
  {
    keywords: ['-----begin'],
    pattern:
      /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,16384}?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\]{0,16384})/g,
  },
  {
    keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
    minEntropy: 3,
  },
  { keywords: ['aiza'], pattern: /\bAIza[\w-]{35}(?![\w-])/g, minEntropy: 3.5 },
  { keywords: ['q~'], pattern: /\b[\w~.]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/g },
  {
    keywords: ['sk-'],
    pattern: /\bsk-(?:ant-|proj-|svcacct-|admin-)?[\w-]{20,200}(?![\w-])/g,
    minEntropy: 3.5,
  },
  { keywords: ['hf_'], pattern: /\bhf_[A-Za-z0-9]{30,40}\b/g, minEntropy: 3.5 },
  { keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  { keywords: ['github_pat_'], pattern: /\bgithub_pat_\w{60,255}\b/g },
  {
    keywords: ['glpat-', 'glptt-', 'gldt-', 'glrt-', 'glcbt-', 'gloas-'],
    pattern: /\bgl(?:pat|ptt|dt|rt|cbt|oas)-[\w-]{20,64}(?![\w-])/g,
  },
  { keywords: ['npm_'], pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { keywords: ['xox'], pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,250}/g },
  {
    keywords: ['hooks.slack.com'],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{20,120}/g,
  },
  { keywords: ['sk_', 'rk_'], pattern: /\b(?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{10,247}\b/g },
  { keywords: ['sg.'], pattern: /\bSG\.[\w-]{22}\.[\w-]{43}\b/g },
  { keywords: ['eyj'], pattern: /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g },
  {
    keywords: ['authorization'],
    pattern:
      /\b(?:proxy-)?authorization["']?\s{0,4}[:=]\s{0,4}["']?(?:(?:bearer|basic|token|digest|apikey|sso-key)\s{1,4})?([\w.~+/=-]{6,4096})/gi,
    group: 1,
  },
  { keywords: ['bearer'], pattern: /\bbearer\s{1,4}([\w.~+/-]{12,4096}=*)/gi, group: 1 },
  { keywords: ['curl'], pattern: /\s(?:-u|--user)\s{1,4}["']?([^\s"':]{1,128}:[^\s"']{1,256})/g, group: 1 },
];

/** Key names whose assigned value is a credential when it looks random. */
// Spelled-out case variants instead of the `i` flag: several times faster to scan in V8.
const ASSIGNMENT =
  /(?:[Pp]ass(?:word|wd|phrase)|PASS(?:WORD|WD|PHRASE)|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi[_-]?[Kk]ey|API[_-]?KEY|[Aa]ccess[_-]?[Kk]ey|ACCESS[_-]?KEY|[Pp]rivate[_-]?[Kk]ey|PRIVATE[_-]?KEY|[Cc]redentials?|CREDENTIALS?)[\w-]{0,24}["']?\s{0,4}(?:=|:=|=>|:)\s{0,4}["']?([^\s"'`,;{}<>()[\]]{6,512})/g;
const ASSIGNMENT_KEYWORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'credential'];

/**
 * One scan of the lower-cased text finds which rules can match at all (instead of one `indexOf`
 * per rule): every keyword of every rule, longest first. Index RULES.length means the assignment rule.
 */
const KEYWORD_RULES = new Map<string, number[]>();
RULES.forEach((rule, index) => {
  for (const keyword of rule.keywords)
    KEYWORD_RULES.set(keyword, [...(KEYWORD_RULES.get(keyword) ?? []), index]);
});
for (const keyword of ASSIGNMENT_KEYWORDS) {
  KEYWORD_RULES.set(keyword, [...(KEYWORD_RULES.get(keyword) ?? []), RULES.length]);
}
const KEYWORD_GATE = new RegExp(
  [...KEYWORD_RULES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|'),
  'g',
);
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
    const active = new Set<number>();
    eachMatch(KEYWORD_GATE, scan.lower, (match) => {
      for (const index of KEYWORD_RULES.get(match[0]) ?? []) active.add(index);
    });
    if (active.size === 0) return;
    for (const [index, rule] of RULES.entries()) {
      if (!active.has(index)) continue;
      eachMatch(rule.pattern, text, (match) => {
        const secret = rule.group === undefined ? match[0] : match[rule.group];
        if (secret === undefined) return;
        if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return;
        if (rule.group !== undefined && /^<[A-Z_]+_\d+>/.test(secret)) return;
        const end = match.index + match[0].length;
        out.push({ type: 'SECRET', start: end - secret.length, end, score: 1 });
      });
    }
    if (!active.has(RULES.length)) return;
    eachMatch(ASSIGNMENT, text, (match) => {
      const value = match[1] ?? '';
      const passwordKey = /^(?:pass|pwd)/i.test(match[0]);
      if (!looksLikeSecretValue(value, passwordKey)) return;
      const end = match.index + match[0].length;
      out.push({ type: 'SECRET', start: end - value.length, end, score: 0.9 });
    });
  },
};
