#!/usr/bin/env node
/**
 * `llmtop [--db FILE]` opens the dashboard; `llmtop <command> …` runs `./commands/<command>.js`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const COMMANDS: readonly (readonly [string, string])[] = [
  ['mask', 'mask PII in stdin → stdout (--json for entities)'],
  ['cost', 'cost breakdowns (--by feature|user|agent|model|session, --since, --json)'],
  ['budget', 'budget status (non-zero exit when over)'],
  ['judge', 'score a backlog of sampled traces offline'],
  ['export', 'send spans over OTLP (--endpoint URL)'],
  ['purge', 'apply retention'],
  ['rekey', 'rotate the payload encryption key'],
  ['keygen', 'print a new payload encryption key'],
  ['demo', 'write demo traffic to the file'],
];

function usage(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const lines = [
    'usage: llmtop [--db FILE]            open the dashboard (default: $LLMTOP_DB, else ./llmtop.db)',
    '       llmtop <command> [options]',
    '',
    'commands:',
    ...COMMANDS.filter(([name]) => commandFile(here, name)).map(
      ([name, what]) => `  ${name.padEnd(8)} ${what}`,
    ),
    '',
    'In the dashboard press ? for keys.',
  ];
  return `${lines.join('\n')}\n`;
}

/** The module of a listed command; helpers beside them in `commands/` are not commands. */
function commandFile(here: string, name: string): string | undefined {
  if (!COMMANDS.some(([listed]) => listed === name)) return undefined;
  for (const ext of ['.js', '.ts']) {
    const file = join(here, 'commands', `${name}${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

async function main(argv: string[]): Promise<number> {
  const here = dirname(fileURLToPath(import.meta.url));
  const first = argv[0];
  if (first !== undefined && !first.startsWith('-')) {
    const file = commandFile(here, first);
    if (!file) {
      process.stderr.write(`llmtop: unknown command "${first}"\n\n${usage()}`);
      return 2;
    }
    const command = (await import(pathToFileURL(file).href)) as { run?: (args: string[]) => Promise<number> };
    if (typeof command.run !== 'function') {
      process.stderr.write(`llmtop: command "${first}" has no run()\n`);
      return 2;
    }
    return command.run(argv.slice(1));
  }
  let values: { db?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`llmtop: ${error instanceof Error ? error.message : String(error)}\n\n${usage()}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage());
    return 0;
  }
  if (!process.stdout.isTTY) {
    process.stderr.write('llmtop: the dashboard needs a terminal (stdout is not a TTY)\n');
    return 2;
  }
  const { runDashboard } = await import('./dashboard/run-dashboard.js');
  const code = await runDashboard({ path: values.db ?? process.env.LLMTOP_DB ?? './llmtop.db' });
  // blessed keeps stdin referenced after destroy(); the terminal is restored, so leave now.
  process.exit(code);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `llmtop: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
