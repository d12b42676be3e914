/** Change detection for readers: `PRAGMA data_version` changes when another connection commits. */
import type { Database } from '../database.js';

export function createDataVersionProbe(db: Database): () => number {
  const statement = db.prepare('PRAGMA data_version').pluck().safeIntegers(false);
  return () => statement.get() as number;
}
