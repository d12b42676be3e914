/**
 * Issue 12: the demo, headless, leaves a database that shows what llmtop does — every span kind the
 * demo's agents produce, several agents, masked PII, costs, judge scores and a budget alert — and the
 * dashboard starts on it in a real terminal and shows them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@llmtop/core/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { CUSTOMERS } from './content/customers.js';
import { runDemoTraffic } from './traffic/demo-traffic.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const session = `llmtop-demo-${process.pid}`;
const tmux = (...args: string[]) =>
  execFileSync('tmux', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

afterAll(() => {
  try {
    tmux('kill-session', '-t', session);
  } catch {
    // not started
  }
});

describe('llmtop demo', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'llmtop-demo-')), 'llmtop.db');

  it('runs headless and leaves every span kind, agents, masked PII, costs, scores and a budget alert', async () => {
    const result = await runDemoTraffic({
      path,
      durationMs: 8_000,
      perMinute: 400,
      speed: 0.05,
      dailyBudgetUsd: 0.01,
      driftAfterMs: 2_000,
    });
    expect(result.conversations).toBeGreaterThan(10);
    const db = openDatabase(path, { readonly: true });
    const kinds = db.prepare('SELECT DISTINCT kind FROM spans').pluck().all();
    expect(new Set(kinds)).toEqual(
      new Set(['agent', 'chain', 'llm', 'tool', 'retriever', 'reranker', 'embedding']),
    );
    const agents = db.prepare('SELECT DISTINCT agent FROM spans WHERE agent IS NOT NULL').pluck().all();
    expect(agents).toEqual(
      expect.arrayContaining(['supervisor', 'researcher', 'writer', 'order-agent', 'reply-writer']),
    );
    expect(
      db.prepare("SELECT count(*) FROM spans WHERE kind = 'tool' AND status = 'error'").pluck().get(),
    ).toBeGreaterThan(0n);
    expect(
      Number(db.prepare("SELECT sum(cost_usd) FROM spans WHERE kind = 'llm'").pluck().get()),
    ).toBeGreaterThan(0);
    expect(
      db.prepare("SELECT count(*) FROM spans WHERE pii_counts LIKE '%EMAIL%'").pluck().get(),
    ).toBeGreaterThan(0n);
    expect(db.prepare('SELECT count(DISTINCT metric) FROM scores').pluck().get()).toBeGreaterThanOrEqual(3n);
    expect(db.prepare("SELECT count(*) FROM alerts WHERE kind = 'budget'").pluck().get()).toBeGreaterThan(0n);
    db.close();
    const bytes = Buffer.concat([
      readFileSync(path),
      existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0),
    ]);
    for (const customer of CUSTOMERS) {
      expect(bytes.includes(Buffer.from(customer.email))).toBe(false);
      expect(bytes.includes(Buffer.from(customer.card))).toBe(false);
    }
  }, 60_000);

  it('opens the dashboard on it in a terminal, showing the agents, costs and scores', async () => {
    const tsconfig = join(root, 'packages/tui/src/__fixtures__/tsconfig.source.json');
    const bin = join(root, 'packages/tui/src/bin.ts');
    tmux(
      '-u',
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '140',
      '-y',
      '40',
      `cd ${root} && export LANG=C.UTF-8 NCURSES_NO_UTF8_ACS=1 TSX_TSCONFIG_PATH=${tsconfig}; node --import tsx ${bin} --db ${path}; sleep 30`,
    );
    const deadline = Date.now() + 20_000;
    let screen = '';
    while (Date.now() < deadline) {
      screen = tmux('capture-pane', '-t', session, '-p');
      if (/researcher/.test(screen) && /order-agent/.test(screen) && /\$\d/.test(screen)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(screen).toMatch(/researcher/);
    expect(screen).toMatch(/order-agent/);
    expect(screen).toMatch(/\$\d/);
    expect(screen).toMatch(/FAITH/);
    tmux('send-keys', '-t', session, 'q');
  }, 40_000);
});
