export { type Database, migrate, type OpenDatabaseOptions, openDatabase } from './database.js';
export { migrations } from './migrations/index.js';
export type { Migration } from './migrations/migration.js';
export * from './read/index.js';
export { createSpanInserter, SPAN_COLUMNS, type SpanInserter } from './span-inserter.js';
