import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleRow } from './__fixtures__/sample-row.js';
import { openDatabase } from './database.js';
import { createSpanInserter } from './span-inserter.js';

describe('createSpanInserter', () => {
  it('creates the file 0600, inserts rows once and keeps nanoseconds exact', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'llmtop-')), 'a.db');
    const db = openDatabase(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const insert = createSpanInserter(db);
    expect(insert([sampleRow(), sampleRow({ span_id: '0000000000000002' })])).toBe(2);
    expect(insert([sampleRow()])).toBe(0);
    const start = db
      .prepare('SELECT start_ns FROM spans WHERE span_id = ?')
      .safeIntegers(true)
      .pluck()
      .get('0000000000000001');
    expect(start).toBe(1_700_000_000_000_000_000n);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
