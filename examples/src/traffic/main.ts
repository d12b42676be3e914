#!/usr/bin/env node
/**
 * The demo traffic as a process: `node examples/dist/traffic/main.js [--db FILE] [--per-minute N]
 * [--seconds N] [--speed X] [--drift-after SECONDS]`. SIGINT/SIGTERM stop it; llmtop flushes on the way out.
 */
import { parseArgs } from 'node:util';
import { runDemoTraffic } from './demo-traffic.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    'per-minute': { type: 'string' },
    seconds: { type: 'string' },
    speed: { type: 'string' },
    'drift-after': { type: 'string' },
    quiet: { type: 'boolean' },
  },
});

const controller = new AbortController();
const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
const seconds = number(values.seconds);
const driftAfter = number(values['drift-after']);
const result = await runDemoTraffic({
  path: values.db ?? process.env.LLMTOP_DB ?? './llmtop.db',
  perMinute: number(values['per-minute']) ?? 30,
  speed: number(values.speed) ?? 1,
  ...(seconds !== undefined ? { durationMs: seconds * 1000 } : {}),
  ...(driftAfter !== undefined ? { driftAfterMs: driftAfter * 1000 } : {}),
  signal: controller.signal,
  log: values.quiet ? () => {} : (line) => process.stderr.write(`[demo] ${line}\n`),
});
if (!values.quiet)
  process.stderr.write(`[demo] ${result.conversations} conversations, ${result.failures} failed\n`);
