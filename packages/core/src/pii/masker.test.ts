import { describe, expect, it } from 'vitest';
import { createMasker, PII_REDACTION_MARKER } from './index.js';

describe('createMasker().mask', () => {
  it('replaces entities with numbered placeholders and reports original offsets', () => {
    expect(createMasker().mask('mail jane@x.io')).toEqual({
      text: 'mail <EMAIL_1>',
      entities: [{ type: 'EMAIL', start: 5, end: 14, score: 1 }],
    });
  });

  it('numbers per type and reuses a placeholder for the same value within a scope', () => {
    const masker = createMasker();
    const scope = masker.createScope();
    const first = masker.mask('from a@x.io to b@y.io, cc a@x.io', scope);
    expect(first.text).toBe('from <EMAIL_1> to <EMAIL_2>, cc <EMAIL_1>');
    // Same trace, later span: same numbering; case and card separators are normalised.
    expect(masker.mask('reply to A@X.IO, card 4111 1111 1111 1111', scope).text).toBe(
      'reply to <EMAIL_1>, card <CREDIT_CARD_1>',
    );
    expect(masker.mask('card 4111111111111111', scope).text).toBe('card <CREDIT_CARD_1>');
    // A new scope (another trace) starts again at 1; no scope means a fresh one per call.
    expect(masker.mask('to b@y.io', masker.createScope()).text).toBe('to <EMAIL_1>');
    expect(masker.mask('to b@y.io').text).toBe('to <EMAIL_1>');
  });

  it('masks later bare mentions of a name already found in the scope', () => {
    const masker = createMasker();
    const scope = masker.createScope();
    expect(masker.mask('My name is Tamara Kowalski', scope).text).toBe('My name is <PERSON_1>');
    expect(masker.mask('Tamara Kowalski said hi', scope).text).toBe('<PERSON_1> said hi');
    // A weak mention on its own ("Qwertzuiop" alone is not a name) is masked once the trace knows it.
    expect(masker.mask('Qwertzuiop called.').text).toBe('Qwertzuiop called.');
    masker.mask('Please ask Mr. Qwertzuiop about it', scope);
    expect(masker.mask("Qwertzuiop's reply came.", scope).text).toBe("<PERSON_2>'s reply came.");
  });

  it('resolves overlaps in favour of the stronger type', () => {
    const text = 'postgres://admin:hunter2@db.example.com/app';
    expect(createMasker().mask(text).text).toBe('postgres://<URL_CREDENTIALS_1>@db.example.com/app');
  });

  it('honours the allow-list (strings and regexps) and disabled types', () => {
    const masker = createMasker({ allowList: ['support@acme.com', /@acme\.dev$/], disabledTypes: ['PHONE'] });
    expect(
      masker.mask('write support@acme.com, ops@acme.dev or me@gmail.com; call +44 20 7946 0958').text,
    ).toBe('write support@acme.com, ops@acme.dev or <EMAIL_1>; call +44 20 7946 0958');
  });

  it('runs custom recognizers with context words', () => {
    const masker = createMasker({
      customRecognizers: [
        { type: 'EMPLOYEE_ID', pattern: /\bE-\d{6}\b/ },
        { type: 'TICKET', pattern: /\b\d{7}\b/, score: 0.2, contextWords: ['ticket'] },
      ],
    });
    expect(
      masker.mask('badge E-123456, ticket 7654321. Unrelated: the warehouse order number is 7654322').text,
    ).toBe('badge <EMPLOYEE_ID_1>, ticket <TICKET_1>. Unrelated: the warehouse order number is 7654322');
  });

  it('accepts options that went through structuredClone (worker data)', () => {
    const options = structuredClone({
      customRecognizers: [{ type: 'EMPLOYEE_ID', pattern: /\bE-\d{6}\b/ }],
      allowList: [/@acme\.dev$/],
      sensitiveKeys: ['x-internal'],
    });
    expect(createMasker(options).mask('E-123456').text).toBe('<EMPLOYEE_ID_1>');
  });

  it('fails closed for strings above maxStringLength', () => {
    const result = createMasker({ maxStringLength: 10 }).mask('jane@x.io is my address');
    expect(result.text).toBe(PII_REDACTION_MARKER);
  });
});

describe('false positives on LLM-log content', () => {
  it.each([
    '{"id":"chatcmpl-9x8Y7w6V5u4T","model":"gpt-4o-2024-08-06","usage":{"prompt_tokens":1532,"total_tokens":1743},"created":1732665600}',
    'trace 0192f3a4-5b6c-7d8e-9f00-112233445566 span 3f2a9c1d7e5b4a60 took 1234.56 ms',
    'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, commit a1b2c3d',
    'Upgraded react from 18.2.0 to 19.1.1 and node 20.19.43; build 2024.11.27.3 passed',
    'Order #88213 shipped 2024-03-18T14:02:11Z, invoice INV-2024-000123, total $1,249.99',
    'def get_user(id: int) -> User:\n    return db.query(User).filter(User.id == id).first()',
    'Call stack: at Object.<anonymous> (/app/src/index.ts:42:13) at Module._compile (node:internal/modules/cjs/loader:1256:14)',
    'Temperature 0.7, top_p 0.95, max_tokens 4096, seed 424242, port 8080, timeout 30000',
    'According to the Q3 report, Microsoft Azure revenue grew 29% while Google Cloud reached $11.4 billion.',
  ])('masks nothing in %s', (text) => {
    expect(createMasker().mask(text).entities).toEqual([]);
  });
});

describe('createMasker().maskValue', () => {
  it('walks nested values, masks every string and counts entities by type', () => {
    const masker = createMasker();
    const input = {
      messages: [{ role: 'user', content: 'I am Jennifer Kowalski, mail jennifer@kowalski.pl' }],
      tool: { name: 'lookup', args: { ip: '10.1.2.3', limit: 5, exact: true, missing: null } },
    };
    const { value, counts } = masker.maskValue(input);
    expect(value).toEqual({
      messages: [{ role: 'user', content: 'I am <PERSON_1>, mail <EMAIL_1>' }],
      tool: { name: 'lookup', args: { ip: '<IP_ADDRESS_1>', limit: 5, exact: true, missing: null } },
    });
    expect(counts).toEqual({ PERSON: 1, EMAIL: 1, IP_ADDRESS: 1 });
    expect(input.tool.args.ip).toBe('10.1.2.3'); // the input is not mutated
  });

  it('masks values under sensitive keys entirely, whatever their shape', () => {
    const { value, counts } = createMasker().maskValue({
      password: 'correct horse',
      apiKey: 12345,
      headers: { Authorization: 'Bearer abc', 'X-Api-Key': 'k1', accept: 'json' },
      db_password: ['a', 'b'],
      githubToken: 'tok',
      ssn: '536-32-3065',
      max_tokens: 256,
      token_type: 'bearer',
    });
    expect(value).toEqual({
      password: '<SECRET_1>',
      apiKey: '<SECRET_2>',
      headers: { Authorization: '<SECRET_3>', 'X-Api-Key': '<SECRET_4>', accept: 'json' },
      db_password: ['<SECRET_5>', '<SECRET_6>'],
      githubToken: '<SECRET_7>',
      ssn: '<US_SSN_1>',
      max_tokens: 256,
      token_type: 'bearer',
    });
    expect(counts).toEqual({ SECRET: 7, US_SSN: 1 });
  });

  it('applies extra sensitive keys and per-field policies', () => {
    const masker = createMasker({
      sensitiveKeys: ['internalNote'],
      fieldPolicies: { model: 'keep', comment: 'redact', password: 'mask' },
    });
    const { value } = masker.maskValue({
      internal_note: 'x',
      model: 'gpt-4o jane@x.io',
      comment: 'anything',
      password: 'mail jane@x.io',
    });
    expect(value).toEqual({
      internal_note: '<SECRET_1>',
      model: 'gpt-4o jane@x.io',
      comment: '<SECRET_2>',
      password: 'mail <EMAIL_1>',
    });
  });

  it('masks PII in object keys too', () => {
    const { value } = createMasker().maskValue({ 'jane@x.io': 1 });
    expect(value).toEqual({ '<EMAIL_1>': 1 });
  });

  it('fails closed per field: a throwing getter, a cycle or binary data becomes the marker', () => {
    const bad = { ok: 'mail jane@x.io' } as Record<string, unknown>;
    Object.defineProperty(bad, 'boom', {
      enumerable: true,
      get() {
        throw new Error('nope');
      },
    });
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    const { value, counts } = createMasker().maskValue({ bad, cyclic, blob: Buffer.from('jane@x.io') });
    expect(value).toEqual({
      bad: PII_REDACTION_MARKER,
      cyclic: { name: 'x', self: PII_REDACTION_MARKER },
      blob: PII_REDACTION_MARKER,
    });
    expect(counts.REDACTED_FIELD).toBe(3);
  });
});

describe('createMasker().maskJsonText', () => {
  it('parses, masks and re-stringifies JSON text', () => {
    const masker = createMasker();
    const scope = masker.createScope();
    const { text, counts } = masker.maskJsonText('{"q":"call +44 20 7946 0958","token":"abc"}', scope);
    expect(JSON.parse(text)).toEqual({ q: 'call <PHONE_1>', token: '<SECRET_1>' });
    expect(counts).toEqual({ PHONE: 1, SECRET: 1 });
    expect(masker.maskJsonText('"+44 20 7946 0958"', scope).text).toBe('"<PHONE_1>"');
  });

  it('fails closed on invalid JSON: the marker, never the input', () => {
    const result = createMasker().maskJsonText('{"email": "jane@x.io"');
    expect(result.text).toBe(JSON.stringify(PII_REDACTION_MARKER));
    expect(result.text).not.toContain('jane');
    expect(result.counts).toEqual({ REDACTED_FIELD: 1 });
  });
});
