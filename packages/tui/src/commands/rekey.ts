/** `llmtop rekey`: re-encrypts payloads sealed with older keys using the active one, in small batches. */
import { parseArgs } from 'node:util';
import { loadKeyring, recordAudit, rekeyDatabase } from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';
import { databasePath } from './db-path.js';

const USAGE = `usage: LLMTOP_KEY=new,old llmtop rekey [--db FILE] [--batch N]
  The first key in LLMTOP_KEY (or LLMTOP_KEY_FILE) becomes the key of every row; the others are
  only used to read rows sealed with them. Runs while apps keep writing.`;

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, batch: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const keyring = loadKeyring();
  if (!keyring) {
    process.stderr.write(`llmtop rekey: no key configured (set LLMTOP_KEY or LLMTOP_KEY_FILE)\n${USAGE}\n`);
    return 2;
  }
  const db = openDatabase(databasePath(values.db));
  try {
    const result = rekeyDatabase(db, keyring, { batchSize: values.batch ? Number(values.batch) : 500 });
    recordAudit(db, { action: 'rekey', details: { ...result, keyId: keyring.activeKeyId } });
    process.stdout.write(`re-encrypted ${result.rekeyed} spans with key ${keyring.activeKeyId}`);
    process.stdout.write(
      result.unreadable > 0 ? `; ${result.unreadable} could not be opened with the given keys\n` : '\n',
    );
    return result.unreadable > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}
