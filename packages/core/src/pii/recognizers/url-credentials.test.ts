import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';

describe('URL credentials recognizer', () => {
  it('masks user:password in URLs and connection strings, not the host', () => {
    expect(found('db: postgres://admin:S3cr3tPa55@db.internal:5432/app', 'URL_CREDENTIALS')).toEqual([
      'admin:S3cr3tPa55',
    ]);
    expect(found('amqp://guest:guest@rabbit/', 'URL_CREDENTIALS')).toEqual(['guest:guest']);
  });

  it('masks credential query parameters', () => {
    expect(found('GET https://x.io/cb?code=abc123XYZ&state=1', 'URL_CREDENTIALS')).toEqual(['abc123XYZ']);
    expect(found('https://x.io/a?page=2&sig=ZmFrZXNpZw', 'URL_CREDENTIALS')).toEqual(['ZmFrZXNpZw']);
  });

  it('leaves plain URLs alone', () => {
    expect(found('see https://example.com/docs?page=2 and http://host:8080/x', 'URL_CREDENTIALS')).toEqual(
      [],
    );
  });
});
