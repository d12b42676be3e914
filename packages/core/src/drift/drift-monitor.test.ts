import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLlmtop } from '../llmtop.js';
import { sampleRow } from '../sqlite/__fixtures__/sample-row.js';
import { type Database, openDatabase } from '../sqlite/database.js';
import { createSpanInserter } from '../sqlite/span-inserter.js';
import { createJudgeStream, profileFor, seededRandom } from './__fixtures__/score-stream.js';
import { createDriftMonitor, type DriftAlert } from './drift-monitor.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'llmtop-drift-')), 'test.db');
const BASE_NS = 1_780_000_000_000_000_000n;
const SECOND = 1_000_000_000n;

interface Judgment {
  feature: string;
  user: string;
  tags: string[];
  value: number;
  probability: number;
}

/** 'support' (enterprise users, tagged) drops 25 % after 1,500 judgments and recovers 800 later; 'search' is stable. */
function judgments(): Judgment[] {
  const random = seededRandom(31);
  const support = createJudgeStream(seededRandom(1), profileFor(4));
  const search = createJudgeStream(seededRandom(2), profileFor(7));
  const degraded = support.degradedShareFor(0.25);
  const out: Judgment[] = [];
  for (let i = 0; i < 3800; i++) {
    const dropped = i >= 1500 && i < 2300;
    const a = support.next(dropped ? degraded : 0);
    out.push({
      feature: 'support',
      user: `u${Math.floor(random() * 40)}`,
      tags: ['segment:enterprise'],
      value: a.value,
      probability: 1 / a.weight,
    });
    const b = search.next();
    out.push({
      feature: 'search',
      user: `v${Math.floor(random() * 40)}`,
      tags: [],
      value: b.value,
      probability: 1 / b.weight,
    });
  }
  return out;
}

/** Writes judgments [from, to) as chain spans plus their scores, the way the judge stores them. */
function write(db: Database, all: Judgment[], from: number, to: number): void {
  const insertSpans = createSpanInserter(db);
  const insertScore = db.prepare(
    `INSERT INTO scores (trace_id, span_id, metric, value, judge, sampling_reason, sampling_probability, feature,
       user_id, created_ns) VALUES (?, ?, 'faithfulness', ?, 'offline', ?, ?, ?, ?, ?)`,
  );
  const rows = [];
  for (let i = from; i < to; i++) {
    const j = all[i]!;
    const startNs = BASE_NS + BigInt(i) * SECOND;
    rows.push(
      sampleRow({
        span_id: i.toString(16).padStart(16, '0'),
        trace_id: i.toString(16).padStart(32, '0'),
        kind: 'chain',
        feature: j.feature,
        user_id: j.user,
        tags: j.tags.length > 0 ? JSON.stringify(j.tags) : null,
        start_ns: startNs,
        end_ns: startNs + 1000n,
      }),
    );
  }
  insertSpans(rows);
  db.transaction(() => {
    for (let i = from; i < to; i++) {
      const j = all[i]!;
      insertScore.run(
        i.toString(16).padStart(32, '0'),
        i.toString(16).padStart(16, '0'),
        j.value,
        j.probability === 1 ? 'error' : 'rate',
        j.probability,
        // The judge may leave the feature to the span: the monitor falls back to it.
        i % 3 === 0 ? null : j.feature,
        j.user,
        BASE_NS + BigInt(i) * SECOND + 5n * SECOND,
      );
    }
  })();
}

const alertRows = (db: Database) =>
  db
    .prepare('SELECT kind, scope, level, message, details, dedupe_key, cleared_ns FROM alerts ORDER BY id')
    .safeIntegers(true)
    .all() as Array<{
    scope: string;
    dedupe_key: string;
    cleared_ns: bigint | null;
    details: string;
    message: string;
  }>;

describe('createDriftMonitor', () => {
  const all = judgments();
  const options = { segments: ['feature', 'userSegment'] as const, clock: () => 1_780_000_000_000 };

  function straightRun() {
    const db = openDatabase(tempPath());
    const monitor = createDriftMonitor({ ...options, segments: [...options.segments] });
    const raised: DriftAlert[] = [];
    for (let from = 0; from < all.length; from += 250) {
      write(db, all, from, Math.min(all.length, from + 250));
      raised.push(...monitor.scan(db));
    }
    return { db, raised };
  }

  it('raises one alert per episode for the dropped segment, with its details, and clears it on recovery', () => {
    const { db, raised } = straightRun();
    expect(raised.map((a) => a.segmentKey).sort()).toEqual([
      'feature=support,judge=offline',
      'judge=offline,userSegment=enterprise',
    ]);
    const alert = raised.find((a) => a.segmentKey.startsWith('feature'))!;
    // The change began at judgment 1500 of 'support' = row 3000, timestamped BASE + 3000 s.
    const changeRow = Number((alert.changeStartedNs - BASE_NS) / SECOND);
    expect(Math.abs(changeRow - 3000)).toBeLessThan(300);
    expect(alert.relativeDrop).toBeGreaterThan(0.15);
    expect(alert).toMatchObject({
      kind: 'drift',
      scope: 'feature=support,judge=offline',
      segment: { feature: 'support', judge: 'offline' },
      details: { metric: 'faithfulness', episode: 1 },
    });
    expect(alert.message).toMatch(
      /^faithfulness dropped \d+% in feature=support,judge=offline: 0\.\d\d → 0\.\d\d over \d+ judgments since 2026-/,
    );
    const rows = alertRows(db);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ kind: 'drift', level: expect.stringMatching(/warning|critical/) });
      expect(row.cleared_ns).toBe(1_780_000_000_000_000_000n);
      expect(JSON.parse(row.details)).toMatchObject({
        metric: 'faithfulness',
        episode: 1,
        cleared: { reason: 'recovered', message: expect.stringMatching(/^faithfulness recovered in /) },
      });
    }
    expect(createDriftMonitor({ ...options, segments: [...options.segments] }).scan(db)).toEqual([]);
    db.close();
  });

  it('survives a restart: state and cursor persist, nothing is re-raised or missed', () => {
    const straight = straightRun();
    const expected = alertRows(straight.db);
    straight.db.close();

    const path = tempPath();
    let db = openDatabase(path);
    let monitor = createDriftMonitor({ ...options, segments: [...options.segments] });
    const raised: DriftAlert[] = [];
    for (let from = 0; from < all.length; from += 250) {
      write(db, all, from, Math.min(all.length, from + 250));
      raised.push(...monitor.scan(db));
      if (from === 3000) {
        // Restart in the middle of the episode's build-up.
        db.close();
        db = openDatabase(path);
        monitor = createDriftMonitor({ ...options, segments: [...options.segments] });
      }
    }
    expect(alertRows(db)).toEqual(expected);
    expect(raised).toHaveLength(2);
    const states = db.prepare('SELECT COUNT(*) FROM drift_state').pluck().get();
    // Two features, the enterprise tag, and 40 untagged search users who are each their own segment.
    expect(states).toBe(2 + 1 + 40);
    db.close();
  });

  it('keeps a second process in step: a stale monitor reloads state written by another', () => {
    const path = tempPath();
    const db = openDatabase(path);
    const first = createDriftMonitor({ ...options, segments: [...options.segments] });
    const second = createDriftMonitor({ ...options, segments: [...options.segments] });
    const raised: DriftAlert[] = [];
    for (let from = 0, turn = 0; from < all.length; from += 250, turn++) {
      write(db, all, from, Math.min(all.length, from + 250));
      raised.push(...(turn % 2 === 0 ? first : second).scan(db));
    }
    expect(raised).toHaveLength(2);
    db.close();
  });

  it('reports errors to onError instead of throwing', () => {
    const db = openDatabase(':memory:');
    db.exec('DROP TABLE drift_state');
    const errors: unknown[] = [];
    expect(createDriftMonitor({ onError: (e) => errors.push(e) }).scan(db)).toEqual([]);
    expect(errors).toHaveLength(1);
    db.close();
  });

  it('catches cost per call doubling in one feature, recorded through createLlmtop', async () => {
    let now = 1_780_000_000_000;
    const llmtop = createLlmtop({
      path: tempPath(),
      writer: 'inline',
      handleExit: false,
      clock: () => now,
      drift: false,
    });
    const random = seededRandom(77);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    for (let i = 0; i < 1600; i++) {
      for (const feature of ['checkout', 'search']) {
        const factor = feature === 'checkout' && i >= 1000 ? 2 : 1;
        await llmtop.span(
          {
            kind: 'llm',
            name: 'chat',
            feature,
            provider: 'openai',
            requestModel: 'gpt-4o',
            tags: ['segment:pro'],
          },
          (span) => {
            span.setUsage({
              input: Math.round(800 * factor * Math.exp(0.5 * normal())),
              output: Math.round(200 * factor * Math.exp(0.5 * normal())),
            });
            now += 300 + 100 * random();
          },
        );
        now += 50;
      }
    }
    await llmtop.flush();
    await llmtop.shutdown();

    const db = openDatabase(llmtop.path);
    const raised = createDriftMonitor().scan(db);
    const cost = raised.filter((a) => a.metric === 'cost_per_call');
    expect(cost.map((a) => a.segmentKey)).toContain('feature=checkout');
    expect(cost.some((a) => a.segmentKey === 'feature=search')).toBe(false);
    expect(raised.some((a) => a.metric === 'latency_per_call')).toBe(false);
    const alert = cost.find((a) => a.segmentKey === 'feature=checkout')!;
    expect(alert.direction).toBe('increase');
    expect(alert.relativeDrop).toBeLessThan(-0.5);
    expect(alert.message).toMatch(
      /^cost_per_call rose \d+% in feature=checkout: \$0\.\d+ → \$0\.\d+ over \d+ calls/,
    );
    db.close();
  });
});
