/**
 * `llmtop judge`: scores the backlog offline. Every trace sampled at flush time (spans.judge_sample)
 * or given negative feedback that has no offline score yet is assembled from its stored, masked
 * spans and judged with the offline judge (no network). Prints what it scored.
 */
import { parseArgs } from 'node:util';
import { createJudgeQueue, createOfflineJudge, type JudgeSamplingReason } from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';
import { databasePath } from './db-path.js';

const USAGE = `usage: llmtop judge [--db FILE] [--all] [--limit N] [--json]
  Scores sampled traces (and traces with negative feedback) that have no offline score yet,
  with the offline judge: faithfulness, context relevance, answer relevance, instruction adherence.
  --all     judge every trace with an LLM answer, not only sampled ones (reason 'rate', probability 1)
  --limit   at most N traces (default 1000)`;

interface BacklogRow {
  trace_id: string;
  reason: string | null;
  probability: number | null;
}

export async function run(args: string[]): Promise<number> {
  let values: {
    db?: string | undefined;
    all?: boolean | undefined;
    limit?: string | undefined;
    json?: boolean | undefined;
    help?: boolean | undefined;
  };
  try {
    values = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        all: { type: 'boolean' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const limit = values.limit === undefined ? 1000 : Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0) {
    process.stderr.write(`--limit must be a positive integer\n${USAGE}\n`);
    return 2;
  }
  const judge = createOfflineJudge();
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(databasePath(values.db));
  } catch (error) {
    process.stderr.write(`llmtop judge: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const sampled = values.all ? "s.kind = 'llm'" : 's.judge_sample IS NOT NULL';
    const backlog = db
      .prepare(
        `SELECT trace_id, reason, probability FROM (
           -- SQLite takes the bare column from the row holding the MAX: forced reasons (p = 1) win.
           SELECT s.trace_id, s.judge_reason AS reason, MAX(s.judge_sample) AS probability, MIN(s.seq) AS first
           FROM spans s WHERE ${sampled} GROUP BY s.trace_id
           UNION ALL
           SELECT f.trace_id, 'feedback', 1, 0 FROM feedback f WHERE f.score < 0.5
         ) b
         WHERE NOT EXISTS (SELECT 1 FROM scores sc WHERE sc.trace_id = b.trace_id AND sc.judge = ?)
         GROUP BY trace_id ORDER BY MIN(first) LIMIT ?`,
      )
      .all(judge.name, limit) as BacklogRow[];
    const errors: string[] = [];
    const queue = createJudgeQueue({
      database: db,
      judge,
      concurrency: 1,
      maxQueue: limit,
      onError: (error, where) => errors.push(`${where}: ${(error as Error).message}`),
    });
    for (const row of backlog) {
      const reason = (row.reason ?? 'rate') as JudgeSamplingReason;
      queue.enqueue(row.trace_id, reason, row.probability ?? 1);
    }
    await queue.drain();
    const stats = queue.stats();
    const means = db
      .prepare(
        `SELECT metric, COUNT(*) AS n, AVG(value) AS mean FROM scores WHERE judge = ? GROUP BY metric ORDER BY metric`,
      )
      .all(judge.name) as { metric: string; n: number; mean: number }[];
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ traces: backlog.length, judged: stats.judged, scores: stats.scores, failed: stats.failed, metrics: means, errors })}\n`,
      );
    } else {
      process.stdout.write(
        `judged ${stats.judged} trace(s), wrote ${stats.scores} score(s) with ${judge.name}${stats.failed ? `, ${stats.failed} failed` : ''}\n`,
      );
      for (const m of means)
        process.stdout.write(
          `  ${m.metric.padEnd(22)} n=${String(m.n).padStart(5)}  mean ${m.mean.toFixed(3)}\n`,
        );
      for (const e of errors.slice(0, 5)) process.stderr.write(`  error: ${e}\n`);
    }
    return stats.failed ? 1 : 0;
  } finally {
    db.close();
  }
}
