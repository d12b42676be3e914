/**
 * Key-name rules for structured values. Keys are compared after lower-casing and removing
 * `_`, `-`, `.` and spaces, so `api_key`, `apiKey` and `X-Api-Key` are one key.
 */
import type { FieldPolicy } from './pii.types.js';

/** Keys whose values are credentials or identifiers in their own right: masked entirely. */
export const DEFAULT_SENSITIVE_KEYS: readonly string[] = [
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'pass',
  'secret',
  'clientsecret',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'authtoken',
  'sessiontoken',
  'apikey',
  'xapikey',
  'authorization',
  'proxyauthorization',
  'auth',
  'cookie',
  'setcookie',
  'privatekey',
  'secretkey',
  'accesskey',
  'secretaccesskey',
  'awssecretaccesskey',
  'credentials',
  'credential',
  'ssn',
  'socialsecuritynumber',
  'creditcard',
  'cardnumber',
  'ccnumber',
  'cvv',
  'cvc',
  'pin',
  'iban',
  'signature',
  'sessionid',
];
/** Suffixes that make any key sensitive (`githubToken`, `db_password`, `stripeSecretKey`). */
const SENSITIVE_SUFFIXES = [
  'password',
  'passwd',
  'secret',
  'token',
  'apikey',
  'privatekey',
  'secretkey',
  'accesskey',
];

/** Which entity type a wholesale-masked key's value is counted as. */
const KEY_TYPES: Record<string, string> = {
  ssn: 'US_SSN',
  socialsecuritynumber: 'US_SSN',
  creditcard: 'CREDIT_CARD',
  cardnumber: 'CREDIT_CARD',
  ccnumber: 'CREDIT_CARD',
  iban: 'IBAN',
};

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_. ]/g, '');
}

export interface KeyRules {
  /** 'redact' → masked entirely as `type`; 'keep' → untouched; undefined → normal detection. */
  policyFor(key: string): { policy: FieldPolicy; type: string } | undefined;
}

export function createKeyRules(
  extraKeys: readonly string[] | undefined,
  replaceDefaults: boolean,
  policies: Readonly<Record<string, FieldPolicy>> | undefined,
): KeyRules {
  const sensitive = new Set((replaceDefaults ? [] : DEFAULT_SENSITIVE_KEYS).map(normaliseKey));
  for (const key of extraKeys ?? []) sensitive.add(normaliseKey(key));
  const explicit = new Map<string, FieldPolicy>();
  for (const [key, policy] of Object.entries(policies ?? {})) explicit.set(normaliseKey(key), policy);
  const suffixes = replaceDefaults ? [] : SENSITIVE_SUFFIXES;
  return {
    policyFor(key) {
      const normal = normaliseKey(key);
      const type = KEY_TYPES[normal] ?? 'SECRET';
      const policy = explicit.get(normal);
      if (policy !== undefined) return policy === 'mask' ? undefined : { policy, type };
      if (sensitive.has(normal) || suffixes.some((suffix) => normal.endsWith(suffix))) {
        return { policy: 'redact', type };
      }
      return undefined;
    },
  };
}
