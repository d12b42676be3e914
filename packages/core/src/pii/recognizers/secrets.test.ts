import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';
import { awsOrGcpPrefixAt, hasKeyNamePair, looksLikeSecretValue } from './secrets.js';

// Tokens are assembled at run time so that this file never contains a real-looking credential.
const random = 'q7Lk2Vx9Rb4Tn8Wc1Yz5Hd3Mf6Jp0Gs';
const token = (prefix: string, length: number) => prefix + random.repeat(8).slice(0, length);

describe('secret recognizer', () => {
  it.each([
    ['AWS access key id', `AKIA${'QWERTYUIOPASDFGH'}`],
    ['GCP API key', token('AIza', 35)],
    ['OpenAI project key', token('sk-proj-', 48)],
    ['Anthropic key', token('sk-ant-api03-', 93)],
    ['Hugging Face token', token('hf_', 34)],
    ['GitHub PAT', token('ghp_', 36)],
    ['GitHub fine-grained PAT', token('github_pat_', 82)],
    ['GitLab PAT', token('glpat-', 20)],
    ['npm token', token('npm_', 36)],
    ['Slack bot token', `xoxb-123456789012-${random}`],
    ['Stripe live key', token('sk_live_', 24)],
    ['SendGrid key', `SG.${random.slice(0, 22)}.${random.repeat(2).slice(0, 43)}`],
    ['JWT', `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${random}`],
  ])('masks a %s', (_kind, secret) => {
    expect(found(`config: ${secret} end`, 'SECRET')).toEqual([secret]);
  });

  it('masks a PEM private key block, and an unterminated one', () => {
    const pem = `-----BEGIN RSA PRIVATE KEY-----\nMIIEow${random}\n${random}==\n-----END RSA PRIVATE KEY-----`;
    expect(found(`key:\n${pem}\nbye`, 'SECRET')).toEqual([pem]);
    const cut = `-----BEGIN PRIVATE KEY-----\nMIIEvQ${random}`;
    expect(found(cut, 'SECRET')).toEqual([cut]);
  });

  it('finds the Authorization key in any case, among other keys', () => {
    expect(found(`{"review_date": "2017", "AuthorizatioN": "Token ${random}"}`, 'SECRET')).toEqual([random]);
    expect(found(`AUTHORIZATION=${random}`, 'SECRET')).toEqual([random]);
  });

  it('masks the credential of Authorization headers, Bearer values and curl -u', () => {
    expect(found(`Authorization: Bearer ${random}`, 'SECRET')).toEqual([random]);
    expect(found(`"authorization": "Basic dXNlcjpwYXNzd29yZA=="`, 'SECRET')).toEqual([
      'dXNlcjpwYXNzd29yZA==',
    ]);
    expect(found(`curl -u admin:${random} https://api.example.com`, 'SECRET')).toEqual([`admin:${random}`]);
  });

  it('masks random-looking assignments and leaves words and placeholders alone', () => {
    expect(found('password=hunter2-Xy9!', 'SECRET')).toEqual(['hunter2-Xy9!']);
    expect(found(`api_key: "${random}"`, 'SECRET')).toEqual([random]);
    expect(found('DB_PASSWORD=Xk9#mP2$vL', 'SECRET')).toEqual(['Xk9#mP2$vL']);
    expect(found(`{"ApiKey": "${random}"}`, 'SECRET')).toEqual([random]);
    expect(found('password: required', 'SECRET')).toEqual([]);
    expect(found(`token=$${'{GITHUB_TOKEN}'}`, 'SECRET')).toEqual([]);
    expect(found('"total_tokens": 123456', 'SECRET')).toEqual([]);
    expect(looksLikeSecretValue('********', true)).toBe(false);
    expect(looksLikeSecretValue('correcthorse', false)).toBe(false);
  });

  it('rejects look-alikes', () => {
    expect(found('AKIAAAAAAAAAAAAAAAAA', 'SECRET')).toEqual([]); // no entropy
    expect(found('ghp_short', 'SECRET')).toEqual([]);
    expect(found('the sk-learn docs', 'SECRET')).toEqual([]);
  });
});

describe('secret recognizer gates', () => {
  it('checks every assignment operator, in text order, past prose that holds key words', () => {
    const text =
      'passage 1: the key point is the token economy.\n' +
      `{"name": "x", "db_password": "Xk9#mP2$vL", "note": "a", "ApiKey" : "${'q7Lk2Vx9Rb4Tn8Wc1Yz5'}"}`;
    expect(found(text, 'SECRET')).toEqual(['Xk9#mP2$vL', 'q7Lk2Vx9Rb4Tn8Wc1Yz5']);
  });

  it('finds Authorization values only when the header word precedes an operator', () => {
    expect(found('Authorization = Bearer-less-value-1234567', 'SECRET')).toEqual([
      'Bearer-less-value-1234567',
    ]);
    expect(found('the authorization process for 1234567890abcdef', 'SECRET')).toEqual([]);
  });

  it('masks Slack webhooks and curl --user credentials', () => {
    const hook = `https://hooks.slack.com/services/${random}`;
    expect(found(`post to ${hook} now`, 'SECRET')).toEqual([hook.slice('https://'.length)]);
    expect(found(`curl --user admin:${random} x`, 'SECRET')).toEqual([`admin:${random}`]);
    expect(found(`curl\t-u\tadmin:${random} x`, 'SECRET')).toEqual([`admin:${random}`]);
  });

  it('recognizes the AWS and GCP key prefixes at an A', () => {
    for (const prefix of ['A3T', 'AKIA', 'ASIA', 'ABIA', 'ACCA', 'AIza'])
      expect(awsOrGcpPrefixAt(`x${prefix}`, 1)).toBe(true);
    for (const other of ['A3', 'AKIB', 'AIZA', 'ACC', 'Asia', 'A'])
      expect(awsOrGcpPrefixAt(`x${other}`, 1)).toBe(false);
  });

  it('needs the word curl for the -u rule', () => {
    expect(found('curl -u admin:s3cretPa55 https://x.example', 'SECRET')).toEqual(['admin:s3cretPa55']);
    expect(found('tool -u admin:s3cretPa55 https://x.example', 'SECRET')).toEqual([]);
  });
});

describe('hasKeyNamePair', () => {
  it('finds a letter pair of every key name spelling, any case, only inside the range', () => {
    for (const key of [
      'password',
      'PASSWD',
      'Passphrase',
      'pwd',
      'PWD',
      'secret',
      'SECRET',
      'token',
      'Token',
      'api_key',
      'API-KEY',
      'AccessKey',
      'private_key',
      'credentials',
      'CREDENTIAL',
    ])
      expect(hasKeyNamePair(`x_${key}_1`, 0, key.length + 4)).toBe(true);
    for (const word of ['customer', 'RestaurantsGoodForGroups', 'categories', 'upscale', 'Pastas'])
      expect(hasKeyNamePair(word, 0, word.length)).toBe(false);
    expect(hasKeyNamePair('monkey', 0, 5)).toBe(false);
    expect(hasKeyNamePair('monkey', 4, 6)).toBe(true);
  });

  it('leaves assignments to key names masked and skips look-alike words', () => {
    expect(found('{"customer": "Zx81Kq0PzLm4Vt7", "db_password": "Zx81Kq0PzLm4Vt7"}', 'SECRET')).toEqual([
      'Zx81Kq0PzLm4Vt7',
    ]);
  });
});
