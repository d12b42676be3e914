/**
 * Key rotation without downtime: rows sealed with an older key are re-encrypted with the active
 * key in small transactions, so writers and readers keep working between batches. Rows the keyring
 * cannot open are left untouched and counted (never destroyed).
 */
import type { Database } from '../sqlite/database.js';
import { openField, sealField } from './field-cipher.js';
import type { Keyring } from './keyring.js';
import { PAYLOAD_COLUMNS } from './payload-columns.js';

export interface RekeyResult {
  rekeyed: number;
  unreadable: number;
}

export function rekeyDatabase(
  db: Database,
  keyring: Keyring,
  options: { batchSize?: number; onProgress?: (done: number) => void } = {},
): RekeyResult {
  const batchSize = options.batchSize ?? 500;
  const select = db.prepare(
    `SELECT seq, span_id, ${PAYLOAD_COLUMNS.join(', ')} FROM spans
     WHERE key_id IS NOT NULL AND key_id != ? AND seq > ? ORDER BY seq LIMIT ?`,
  );
  const update = db.prepare(
    `UPDATE spans SET ${PAYLOAD_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, key_id = @key_id WHERE seq = @seq`,
  );
  let rekeyed = 0;
  let unreadable = 0;
  let after = 0n;
  for (;;) {
    const rows = select.safeIntegers(true).all(keyring.activeKeyId, after, batchSize) as (Record<
      string,
      string | null
    > & {
      seq: bigint;
      span_id: string;
    })[];
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const row of rows) {
        after = row.seq;
        const next: Record<string, unknown> = { seq: row.seq, key_id: keyring.activeKeyId };
        let readable = true;
        for (const column of PAYLOAD_COLUMNS) {
          const value = row[column];
          if (value === null || value === undefined) {
            next[column] = null;
            continue;
          }
          const context = `${row.span_id}/${column}`;
          const opened = openField(value, keyring, context);
          if (!opened.ok) {
            readable = false;
            break;
          }
          next[column] = sealField(opened.text, keyring, context);
        }
        if (!readable) {
          unreadable++;
          continue;
        }
        update.run(next);
        rekeyed++;
      }
    })();
    options.onProgress?.(rekeyed);
  }
  return { rekeyed, unreadable };
}
