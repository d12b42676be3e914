export { openDatabase, migrate, type Database, type OpenDatabaseOptions } from './database.js';
export { migrations } from './migrations/index.js';
export type { Migration } from './migrations/migration.js';
