/** Every migration, in order. Add a new file `NNN-name.ts` and one line here; never edit an applied one. */
import { initialMigration } from './001-initial.js';
import type { Migration } from './migration.js';

export const migrations: readonly Migration[] = [initialMigration];
