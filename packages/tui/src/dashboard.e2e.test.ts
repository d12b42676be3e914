/**
 * The dashboard in a real terminal (tmux), reading a file another process is writing with the real
 * `createLlmtop`. Few, fast, deadline-polled.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  capture,
  killSession,
  requireTmux,
  sendKeys,
  startSession,
  tmux,
  typeText,
  waitForScreen,
} from './__fixtures__/tmux.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../../..');
const tsconfig = join(here, '__fixtures__/tsconfig.source.json');
const bin = join(here, 'bin.ts');
const app = join(here, '__fixtures__/agent-app.ts');

let session = '';
let writer: ChildProcess | undefined;

beforeAll(() => requireTmux());

afterEach(() => {
  killSession(session);
  writer?.kill('SIGKILL');
  writer = undefined;
});

function startDashboard(db: string, size: { width: number; height: number }, env = '') {
  session = `llmtop-e2e-${process.pid}-${Date.now()}`;
  const command =
    `cd ${root} && export LANG=C.UTF-8 NCURSES_NO_UTF8_ACS=1 TSX_TSCONFIG_PATH=${tsconfig} ${env}; ` +
    `node --import tsx ${bin} --db ${db}; echo "EXIT:$?"; sleep 30`;
  startSession(session, command, size);
}

function startApp(db: string, extraEnv: Record<string, string> = {}) {
  writer = spawn(process.execPath, ['--import', 'tsx', app, db, '150'], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig, ...extraEnv },
    stdio: 'ignore',
  });
}

const agentRow = (screen: string, agent: string) =>
  screen.split('\n').find((l) => l.startsWith(`│${agent} `));
const calls = (row: string | undefined) => Number(row?.split(/\s+/)[1]);

describe('llmtop dashboard in tmux', () => {
  it('waits for a missing file, then shows agents, costs and scores live; drills into a trace; filters; resizes; quits', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'llmtop-e2e-')), 'app.db');
    startDashboard(db, { width: 150, height: 40 });
    await waitForScreen(session, (s) => s.includes('waiting for'), 'the waiting message');

    startApp(db);
    const live = await waitForScreen(
      session,
      (s) => /│coder .*\$\d.* 0\.80 /.test(s) && agentRow(s, 'planner') !== undefined,
      'agents with cost and judge scores',
      20_000,
    );
    expect(live).toMatch(/today \$\d+\.\d+/);
    expect(agentRow(live, 'planner')).toMatch(/ERR%|\d+%/);
    const before = calls(agentRow(live, 'planner'));
    await waitForScreen(session, (s) => calls(agentRow(s, 'planner')) > before, 'the call count to grow');

    // The span stream has the focus: Enter opens the newest span's trace.
    sendKeys(session, 'Enter');
    const trace = await waitForScreen(
      session,
      (s) => s.includes('Trace waterfall') && s.includes('AGT supervisor'),
      'the trace',
    );
    expect(trace).toMatch(/LLM ChatOpenAI/);
    sendKeys(session, 'j');
    await waitForScreen(
      session,
      (s) => /AGENT planner|LLM ChatOpenAI|status/.test(s) && s.includes('Span detail'),
      'span detail',
    );
    sendKeys(session, 'Escape');
    await waitForScreen(session, (s) => s.includes('Spans (newest first)'), 'the main view again');

    sendKeys(session, 'f');
    await waitForScreen(session, (s) => s.includes('filter (agent='), 'the filter prompt');
    typeText(session, 'agent=coder');
    sendKeys(session, 'Enter');
    const filtered = await waitForScreen(
      session,
      (s) =>
        s.includes('filter: agent=coder') &&
        agentRow(s, 'planner') === undefined &&
        agentRow(s, 'coder') !== undefined,
      'the coder-only view',
    );
    const streamRows = filtered.split('\n').filter((l) => /^│\d\d:\d\d:\d\d /.test(l));
    expect(streamRows.length).toBeGreaterThan(0);
    for (const row of streamRows) expect(row).toContain(' coder ');

    tmux('resize-window', '-t', session, '-x', '80', '-y', '24');
    const small = await waitForScreen(
      session,
      (s) => {
        const rows = s.split('\n');
        return (
          rows[3]?.startsWith('┌─ Agents') === true &&
          rows[3].trimEnd().length === 80 &&
          /^└─+┘$/.test(rows[22] ?? '')
        );
      },
      'the 80×24 layout',
    );
    const lines = small.split('\n');
    expect(lines[23]).toContain('q quit');
    expect(lines[22]).toMatch(/^└─+┘$/);

    sendKeys(session, 'q');
    await waitForScreen(session, (s) => s.includes('EXIT:0'), 'a clean exit');
    // The alternate screen is gone: nothing of the dashboard is left on the terminal.
    expect(capture(session)).not.toContain('Agents (last');
  });

  it('shows budget gauges, renders without colour under NO_COLOR and exits on C-c', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'llmtop-e2e-')), 'app.db');
    startApp(db, { LLMTOP_APP_BUDGETS: '1' });
    startDashboard(db, { width: 100, height: 30 }, 'NO_COLOR=1');
    await waitForScreen(
      session,
      (s) => agentRow(s, 'coder') !== undefined && /global\/day \[[█░]+\] (<1|\d+)%/.test(s),
      'agents and the budget gauges',
      20_000,
    );
    const colored = tmux('capture-pane', '-t', session, '-p', '-e');
    // Bold and inverse are allowed; foreground colours (SGR 30–37, 90–97) are not.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
    expect(colored).not.toMatch(/\x1b\[[0-9;]*(3[0-7]|9[0-7])m/);
    sendKeys(session, 'C-c');
    await waitForScreen(session, (s) => s.includes('EXIT:0'), 'a clean exit');
  });
});
