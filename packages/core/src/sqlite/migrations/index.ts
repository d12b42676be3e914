/** Every migration, in order. Add a new file `NNN-name.ts` and one line here; never edit an applied one. */
import { initialMigration } from './001-initial.js';
import { dashboardIndexesMigration } from './002-dashboard-indexes.js';
import { budgetsMigration } from './003-budgets.js';
import { driftStateMigration } from './004-drift-state.js';
import { exportScoreCursorsMigration } from './005-export-score-cursors.js';
import type { Migration } from './migration.js';

export const migrations: readonly Migration[] = [
  initialMigration,
  dashboardIndexesMigration,
  budgetsMigration,
  driftStateMigration,
  exportScoreCursorsMigration,
];
