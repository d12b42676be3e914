/**
 * Opening the SQLite file: WAL, busy_timeout on every connection, migrations for writers, file mode
 * 0600 for a file we create. better-sqlite3 is loaded lazily so `@llmtop/core` imports without the
 * native module, and a missing binary becomes one clear error.
 */
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { migrations } from './migrations/index.js';

export type Database = BetterSqlite3.Database;

export interface OpenDatabaseOptions {
  readonly?: boolean;
  /** Milliseconds a connection waits for another writer's lock. */
  busyTimeoutMs?: number;
}

let driver: typeof BetterSqlite3 | undefined;

function loadDriver(): typeof BetterSqlite3 {
  if (driver) return driver;
  try {
    driver = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    return driver;
  } catch (cause) {
    throw new Error(
      'llmtop: could not load better-sqlite3 (the native SQLite module). Reinstall dependencies so it builds for this Node version.',
      { cause },
    );
  }
}

/** Creates the file with mode 0600 (and its folder) before SQLite does, so it is never world-readable. */
function createPrivateFile(path: string): void {
  if (path === ':memory:' || existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  const Driver = loadDriver();
  const file = path === ':memory:' ? path : resolve(path);
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  if (options.readonly) {
    const db = new Driver(file, { readonly: true, fileMustExist: true });
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.defaultSafeIntegers(true);
    return db;
  }
  createPrivateFile(file);
  const db = new Driver(file);
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // Retention frees pages with incremental vacuum; the mode must be set before the first table.
  if ((db.pragma('user_version', { simple: true }) as number) === 0) db.pragma('auto_vacuum = INCREMENTAL');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

/** Applies pending migrations. Safe with several processes opening the same file at once. */
export function migrate(db: Database): void {
  const latest = migrations.at(-1)?.version ?? 0;
  if ((db.pragma('user_version', { simple: true }) as number) >= latest) return;
  db.transaction(() => {
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const current = db.pragma('user_version', { simple: true }) as number;
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
