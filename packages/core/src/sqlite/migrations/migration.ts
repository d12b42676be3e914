/** A numbered schema change. Applied in order inside one transaction each; `PRAGMA user_version` records the last. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
