import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleRow } from '../sqlite/__fixtures__/sample-row.js';
import { openDatabase } from '../sqlite/database.js';
import { createSpanInserter } from '../sqlite/span-inserter.js';
import { generateKey, loadKeyring } from './keyring.js';
import { createRowSealer, LOCKED_MARKER, openPayloads, TAMPERED_MARKER } from './payload-columns.js';
import { rekeyDatabase } from './rekey.js';
import { purgeExpired, setLegalHold } from './retention.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'llmtop-sec-')), 'sec.db');
const SECRET_TEXT = 'the quarterly merger plan with Globex';

function sealedRow(keyring: NonNullable<ReturnType<typeof loadKeyring>>, spanId: string) {
  const row = sampleRow({
    span_id: spanId,
    input: JSON.stringify(SECRET_TEXT),
    output: '"ok"',
    error: 'failed on merger',
  });
  createRowSealer(keyring)(row);
  return row;
}

describe('payload encryption', () => {
  it('leaves no plaintext payload in the file or its WAL, and opens with the key', () => {
    const keyring = loadKeyring({ key: generateKey() })!;
    const path = tempPath();
    const db = openDatabase(path);
    createSpanInserter(db)([sealedRow(keyring, '00000000000000a1')]);
    const bytes = Buffer.concat([readFileSync(path), readFileSync(`${path}-wal`)]);
    expect(bytes.includes(Buffer.from('merger'))).toBe(false);
    const row = db.prepare('SELECT * FROM spans').get() as {
      span_id: string;
      input: string;
      key_id: string;
      output_tokens: null;
    };
    expect(row.key_id).toBe(keyring.activeKeyId);
    expect(openPayloads(row, keyring)).toMatchObject({
      input: JSON.stringify(SECRET_TEXT),
      error: 'failed on merger',
      locked: false,
    });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    db.close();
  });

  it('shows payloads as locked without the key or with a wrong one, never garbage', () => {
    const keyring = loadKeyring({ key: generateKey() })!;
    const row = sealedRow(keyring, '00000000000000a2');
    expect(openPayloads(row, undefined)).toMatchObject({
      locked: true,
      reason: 'no-key',
      input: JSON.stringify(LOCKED_MARKER),
    });
    const wrong = loadKeyring({ key: generateKey() })!;
    expect(openPayloads(row, wrong)).toMatchObject({
      locked: true,
      reason: 'unknown-key',
      error: LOCKED_MARKER,
    });
  });

  it('detects a tampered ciphertext and a ciphertext moved to another row', () => {
    const keyring = loadKeyring({ key: 'correct horse battery staple' })!;
    const row = sealedRow(keyring, '00000000000000a3');
    const parts = row.input!.split(':');
    const body = Buffer.from(parts.at(-1)!, 'base64');
    body[0] = body[0]! ^ 1;
    parts[parts.length - 1] = body.toString('base64');
    expect(openPayloads({ ...row, input: parts.join(':') }, keyring)).toMatchObject({
      locked: true,
      reason: 'tampered',
      input: JSON.stringify(TAMPERED_MARKER),
    });
    expect(openPayloads({ ...row, span_id: '00000000000000ff' }, keyring).reason).toBe('tampered');
  });

  it('rotates keys in batches; every row stays readable with the new keyring', () => {
    const oldKey = generateKey();
    const newKey = generateKey();
    const oldRing = loadKeyring({ key: oldKey })!;
    const db = openDatabase(tempPath());
    const ids = Array.from({ length: 25 }, (_, i) => (i + 1).toString(16).padStart(16, '0'));
    createSpanInserter(db)(ids.map((id) => sealedRow(oldRing, id)));
    const rotated = loadKeyring({ key: `${newKey},${oldKey}` })!;
    expect(rekeyDatabase(db, rotated, { batchSize: 7 })).toEqual({ rekeyed: 25, unreadable: 0 });
    const onlyNew = loadKeyring({ key: newKey })!;
    const rows = db.prepare('SELECT * FROM spans').all() as Parameters<typeof openPayloads>[0][];
    for (const row of rows)
      expect(openPayloads(row, onlyNew)).toMatchObject({ locked: false, input: JSON.stringify(SECRET_TEXT) });
    db.close();
  });
});

describe('retention', () => {
  it('clears payloads on one clock and deletes spans on the other, sparing legal holds, with an audit row', () => {
    const db = openDatabase(tempPath());
    const day = 86_400_000;
    const now = Date.UTC(2026, 5, 1);
    const at = (daysAgo: number) => BigInt(now - daysAgo * day) * 1_000_000n;
    const row = (id: string, daysAgo: number, session: string | null) =>
      sampleRow({
        span_id: id,
        session_id: session,
        start_ns: at(daysAgo),
        end_ns: at(daysAgo),
        input: '"text"',
        output: '"out"',
        input_tokens: 5,
      });
    createSpanInserter(db)([
      row('0000000000000001', 1, 's'),
      row('0000000000000002', 40, 's'),
      row('0000000000000003', 500, 's'),
      row('0000000000000004', 500, 'held'),
      row('0000000000000005', 40, 'held'),
    ]);
    setLegalHold(db, 'held', true);
    expect(purgeExpired(db, {}, now)).toMatchObject({ payloadsCleared: 1, spansDeleted: 1 });
    const rows = db
      .prepare('SELECT span_id, input, input_tokens FROM spans ORDER BY span_id')
      .safeIntegers(false)
      .all();
    expect(rows).toEqual([
      { span_id: '0000000000000001', input: '"text"', input_tokens: 5 },
      { span_id: '0000000000000002', input: null, input_tokens: 5 },
      { span_id: '0000000000000004', input: '"text"', input_tokens: 5 },
      { span_id: '0000000000000005', input: '"text"', input_tokens: 5 },
    ]);
    const audit = db.prepare('SELECT action, actor FROM audit').all() as { action: string; actor: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('purge');
    expect(audit[0]!.actor.length).toBeGreaterThan(0);
    expect(purgeExpired(db, {}, now)).toEqual({ payloadsCleared: 0, spansDeleted: 0, scoresDeleted: 0 });
    db.close();
  });
});
