/** Writes the README capture's history: 30k synthetic spans over the last 2 h, plus two alerts. */
import { openDatabase } from '@llmtop/core/sqlite';
import { writeSampleAlerts, writeSyntheticTraffic } from './synthetic-traffic.ts';
const db = openDatabase(process.argv[2]!);
writeSyntheticTraffic(db, { spans: 30_000, endMs: Date.now(), spanMs: 2 * 3600_000 });
writeSampleAlerts(db, Date.now());
db.close();
