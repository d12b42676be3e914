/**
 * Issue 2 figures, one run: (a) app-thread µs per recorded span, (b) sustained spans/s into SQLite
 * for ~1 KB spans through the whole pipeline (mask, price, sample, insert on the writer worker),
 * (c) raw better-sqlite3 batched inserts of the same rows, and (b)/(c).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLlmtop } from '../packages/core/src/index.js';
import { createPipeline } from '../packages/core/src/pipeline/pipeline.js';
import { serializeSpan } from '../packages/core/src/pipeline/serialize-span.js';
import type { SpanData } from '../packages/core/src/span/span-record.js';
import { openDatabase } from '../packages/core/src/sqlite/database.js';
import { createSpanInserter, toRowValues } from '../packages/core/src/sqlite/span-inserter.js';
import { createDefaultStages } from '../packages/core/src/writer/default-stages.js';
import { median } from './stats.js';

const PROMPT =
  `You are a support agent. The customer asks about their invoice for the last month and wants to know why the amount changed. ${'Context about plans, discounts and usage-based pricing. '.repeat(12)}`.slice(
    0,
    700,
  );
const ANSWER =
  `Your invoice changed because usage-based pricing applied to the extra seats added mid-month. ${'Details follow. '.repeat(10)}`.slice(
    0,
    250,
  );

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'llmtop-bench-')), 'bench.db');

async function appThreadCost(
  spans: number,
  options: Parameters<typeof createLlmtop>[0] = {},
): Promise<{ usPerSpan: number; spansPerSecond: number }> {
  const llmtop = createLlmtop({ path: tempDb(), handleExit: false, judge: false, drift: false, ...options });
  // Warm up the worker and the JIT.
  for (let i = 0; i < 2000; i++) record(llmtop.recorder, `w${i}`);
  await llmtop.flush();
  // (a) The app thread's own work per span: record 1,000 spans and hand them to the worker (the
  // structured clone happens in that turn), then let the worker commit them off the clock. This is
  // the cost at any rate the writer sustains; (b) below is the sustained rate itself.
  let appThreadMs = 0;
  for (let done = 0; done < spans; done += 1000) {
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) record(llmtop.recorder, `s${done + i}`);
    await new Promise((resolve) => setImmediate(resolve));
    appThreadMs += performance.now() - t0;
    await llmtop.flush();
  }
  // (b) Sustained ingest: record as fast as possible, then wait until everything is committed.
  const started = performance.now();
  for (let done = 0; done < spans; done += 1000) {
    for (let i = 0; i < 1000; i++) record(llmtop.recorder, `t${done + i}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await llmtop.flush();
  const totalMs = performance.now() - started;
  await llmtop.shutdown();
  return { usPerSpan: (appThreadMs * 1000) / spans, spansPerSecond: spans / (totalMs / 1000) };
}

function record(recorder: ReturnType<typeof createLlmtop>['recorder'], key: string) {
  recorder.start(key, {
    kind: 'llm',
    name: 'chat',
    requestModel: 'gpt-4o-mini',
    provider: 'openai',
    input: PROMPT,
  });
  recorder.end(key, {
    output: ANSWER,
    usage: { input: 180, output: 60 },
    responseModel: 'gpt-4o-mini-2024-07-18',
  });
}

function rawInsertRate(spans: number): number {
  const stages = createDefaultStages({ path: '', judgeSampleRate: 0.15 }, () => {});
  const rows = createPipeline(stages).process(
    Array.from({ length: spans }, (_, i) => {
      const span: SpanData = {
        traceId: `${(i + 1).toString(16).padStart(32, '0')}`,
        spanId: `${(i + 1).toString(16).padStart(16, '0')}`,
        kind: 'llm',
        name: 'chat',
        status: 'ok',
        startMs: Date.now(),
        endMs: Date.now() + 5,
        input: PROMPT,
        output: ANSWER,
        requestModel: 'gpt-4o-mini',
        usage: { input: 180, output: 60 },
      };
      return serializeSpan(span);
    }),
  );
  const db = openDatabase(tempDb());
  const insert = createSpanInserter(db);
  // Positional values, the form the writer inserts once its pipeline worker runs (and the faster one).
  const values = rows.map(toRowValues);
  const started = performance.now();
  for (let i = 0; i < values.length; i += 1000) insert(values.slice(i, i + 1000));
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return spans / seconds;
}

export async function bench(): Promise<void> {
  const spans = 50_000;
  const rounds = 3;
  const app: number[] = [];
  const ingest: number[] = [];
  const raw: number[] = [];
  const regexOnly: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const result = await appThreadCost(spans);
    app.push(result.usPerSpan);
    ingest.push(result.spansPerSecond);
    raw.push(rawInsertRate(spans));
    regexOnly.push(
      (await appThreadCost(spans, { mask: { disabledTypes: ['PERSON', 'STREET_ADDRESS'] } })).spansPerSecond,
    );
  }
  const ratio = median(ingest) / median(raw);
  console.log(
    `spans per round: ${spans}, rounds: ${rounds}, ~1 KB payload per span (700-char prompt, 250-char answer)`,
  );
  console.log(`(a) app-thread cost per recorded span: ${median(app).toFixed(2)} µs  (target ≤ 5 µs)`);
  console.log(
    `(b) sustained ingest, full pipeline on the writer worker: ${Math.round(median(ingest))} spans/s`,
  );
  console.log(`(c) raw better-sqlite3 batched inserts of the same rows: ${Math.round(median(raw))} rows/s`);
  console.log(`(b)/(c) = ${ratio.toFixed(2)}  (target ≥ 0.50)`);
  console.log(
    `(b') the same ingest with the name and street-address recognizers off (pattern recognizers only): ${Math.round(median(regexOnly))} spans/s, ${(median(regexOnly) / median(raw)).toFixed(2)} of (c)`,
  );
}
