/** `llmtop purge`: applies retention now (payload and metrics clocks), or sets a session's legal hold. */
import { parseArgs } from 'node:util';
import { purgeExpired, setLegalHold } from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';
import { databasePath } from './db-path.js';

const USAGE = `usage: llmtop purge [--db FILE] [--payload-days N] [--metrics-days N] [--hold SESSION | --release SESSION] [--json]
  Clears payload text older than --payload-days (default 30) and deletes spans older than
  --metrics-days (default 400); sessions on legal hold are kept. Every purge is audited.`;

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      'payload-days': { type: 'string' },
      'metrics-days': { type: 'string' },
      hold: { type: 'string' },
      release: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const db = openDatabase(databasePath(values.db));
  try {
    if (values.hold || values.release) {
      const session = (values.hold ?? values.release)!;
      setLegalHold(db, session, Boolean(values.hold));
      process.stdout.write(`session ${session}: legal hold ${values.hold ? 'on' : 'off'}\n`);
      return 0;
    }
    const days = (text: string | undefined) => {
      if (text === undefined) return undefined;
      const value = Number(text);
      if (!Number.isFinite(value) || value < 0) throw new Error(`not a number of days: ${text}`);
      return value;
    };
    const payloadDays = days(values['payload-days']);
    const metricsDays = days(values['metrics-days']);
    const result = purgeExpired(db, {
      ...(payloadDays !== undefined ? { payloadDays } : {}),
      ...(metricsDays !== undefined ? { metricsDays } : {}),
    });
    process.stdout.write(
      values.json
        ? `${JSON.stringify(result)}\n`
        : `payloads cleared: ${result.payloadsCleared}, spans deleted: ${result.spansDeleted}, scores deleted: ${result.scoresDeleted}\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}
