import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';

describe('email recognizer', () => {
  it.each(['jane@x.io', 'Jane.Doe+tag@mail.example.co.uk', 'a_b-c%d@sub-domain.example.org'])(
    'finds %s',
    (email) => {
      expect(found(`mail ${email}.`, 'EMAIL')).toEqual([email]);
    },
  );

  it.each(['user@localhost', '@example.com', 'user@.com', 'user@example.c0m'])('rejects %s', (email) => {
    expect(found(`mail ${email} now`, 'EMAIL')).toEqual([]);
  });
});
