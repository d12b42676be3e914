/**
 * A writer process for the cross-process test: says it is ready, waits for a start file, then commits one priced span
 * at a time and runs the budget check after each commit, like the real writer. Prints the dedupe
 * keys of the alerts its own checks returned, as JSON, on stdout.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { costRow } from '../../cost/__fixtures__/cost-rows.js';
import { openDatabase } from '../../sqlite/database.js';
import { createSpanInserter } from '../../sqlite/span-inserter.js';
import { createBudgetMonitor } from '../budget-monitor.js';

const [path, startFile, label, spans, atMs] = process.argv.slice(2) as [string, string, string, string, string];
const now = Number(atMs);
const db = openDatabase(path);
const monitor = createBudgetMonitor({
  budgets: [{ scope: 'global', period: 'daily', limitUsd: 1 }],
  timeZone: 'UTC',
  clock: () => now,
});
monitor.register(db);
const insert = createSpanInserter(db);
writeFileSync(`${startFile}.${label}.ready`, '');
const deadline = Date.now() + 20_000;
while (!existsSync(startFile) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);

const fired: string[] = [];
for (let i = 0; i < Number(spans); i++) {
  const spanId = `${label}${i.toString(16).padStart(16 - label.length, '0')}`;
  insert([costRow({ atMs: now, spanId, costUsd: 0.05 })]);
  for (const alert of monitor.check(db)) fired.push(alert.dedupeKey);
}
db.close();
process.stdout.write(JSON.stringify(fired));
