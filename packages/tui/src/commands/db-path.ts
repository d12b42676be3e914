/** The database a command works on: `--db FILE`, else `$LLMTOP_DB`, else `./llmtop.db`. */
export function databasePath(flag: string | undefined): string {
  return flag ?? process.env.LLMTOP_DB ?? './llmtop.db';
}
