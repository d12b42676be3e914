import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(here, 'bin.ts'), ...args], {
    cwd: resolve(here, '../../..'),
    env: { ...process.env, TSX_TSCONFIG_PATH: join(here, '__fixtures__/tsconfig.source.json') },
    encoding: 'utf8',
    input: '',
  });

describe('llmtop bin', () => {
  it('lists the subcommands present on --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('usage: llmtop [--db FILE]');
    expect(result.stdout).toMatch(/^ {2}cost +/m);
  });

  it('rejects unknown commands and options with exit code 2', () => {
    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(run('--nope').status).toBe(2);
    // A helper module beside the commands is not a command.
    const helper = run('db-path');
    expect(helper.status).toBe(2);
    expect(helper.stderr).toContain('unknown command "db-path"');
  });

  it('dispatches a subcommand and returns its exit code', () => {
    const result = run('mask');
    expect(result.status).toBe(0);
  });

  it('refuses to draw the dashboard without a terminal', () => {
    const result = run('--db', '/tmp/none.db');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('needs a terminal');
  });
});
