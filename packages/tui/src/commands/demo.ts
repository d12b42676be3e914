/**
 * `llmtop demo`: realistic multi-agent traffic (the LangGraph support desk and the AI SDK order
 * agent from `examples/`) writing to ./llmtop.db, with the dashboard on it in this terminal.
 * `q` leaves the dashboard and stops the traffic. `--headless SECONDS` runs the traffic alone.
 *
 * The traffic runs in its own process, as a real app would: the dashboard only reads the file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { databasePath } from './db-path.js';

const USAGE = `usage: llmtop demo [--db FILE] [--per-minute N] [--headless SECONDS] [--speed X] [--drift-after SECONDS]
  Runs demo agents writing to the database (default ./llmtop.db) and opens the dashboard on it.`;

/** The traffic script: built JavaScript when present, else the TypeScript source through tsx. */
function trafficCommand(): { execArgv: string[]; script: string } | undefined {
  const root = new URL('../../../../', import.meta.url);
  const built = fileURLToPath(new URL('examples/dist/traffic/main.js', root));
  if (existsSync(built)) return { execArgv: [], script: built };
  const source = fileURLToPath(new URL('examples/src/traffic/main.ts', root));
  if (existsSync(source)) return { execArgv: ['--import', 'tsx'], script: source };
  return undefined;
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      'per-minute': { type: 'string' },
      headless: { type: 'string' },
      speed: { type: 'string' },
      'drift-after': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const traffic = trafficCommand();
  if (!traffic) {
    process.stderr.write(
      'llmtop demo: the demo agents (examples/) are not in this installation; run it from the llmtop repository.\n',
    );
    return 2;
  }
  const path = databasePath(values.db);
  const trafficArgs = ['--db', path, '--per-minute', values['per-minute'] ?? '30'];
  if (values.speed) trafficArgs.push('--speed', values.speed);
  if (values['drift-after']) trafficArgs.push('--drift-after', values['drift-after']);
  if (values.headless) trafficArgs.push('--seconds', values.headless);

  const headless = values.headless !== undefined;
  const agents = spawn(process.execPath, [...traffic.execArgv, traffic.script, ...trafficArgs], {
    stdio: headless ? 'inherit' : 'ignore',
  });
  if (headless) return exited(agents);

  const dashboard = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--db', path], {
    stdio: 'inherit',
  });
  const code = await exited(dashboard);
  agents.kill('SIGTERM');
  await exited(agents);
  return code;
}
