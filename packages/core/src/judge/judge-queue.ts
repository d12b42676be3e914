/**
 * The bounded evaluation queue. `enqueue` is O(1) and never blocks or throws; work starts on a
 * later tick, runs `concurrency` traces at a time, and writes one `scores` row per metric and
 * judged answer. When full, new traces are dropped and counted. `drain()` resolves when idle.
 */
import type { Database } from '../sqlite/database.js';
import { assembleJudgeItems, type JudgeItem } from './assemble.js';
import type { EvaluatorCall, Judge, JudgeResult, SamplingReason } from './judge.types.js';

export interface JudgeQueueOptions {
  database: Database;
  judge: Judge;
  concurrency?: number;
  maxQueue?: number;
  onError?: (error: unknown, context: string) => void;
  recordEvaluator?: (call: EvaluatorCall) => void;
  /** Epoch ms; injectable for tests. */
  now?: () => number;
}

export interface JudgeQueueStats {
  enqueued: number;
  /** Traces in which at least one answer was put to the judge (not those with nothing new to judge). */
  judged: number;
  scores: number;
  dropped: number;
  failed: number;
  pending: number;
}

export interface JudgeQueue {
  enqueue(traceId: string, reason: SamplingReason, probability: number): boolean;
  drain(): Promise<void>;
  stats(): JudgeQueueStats;
}

/** Score rows written per transaction at most (fewer when the queue goes idle first). */
const SCORE_BATCH = 256;
/** The longest a judged answer's scores wait for their batch. */
const SCORE_DELAY_MS = 1_000;

interface Task {
  traceId: string;
  reason: SamplingReason;
  probability: number;
}

/** Rows for the `scores` table from one judged item. */
export function scoreRows(
  item: JudgeItem,
  result: JudgeResult,
): { metric: string; value: number; explanation: string | null; evidence: string | null }[] {
  const rows: { metric: string; value: number; explanation: string | null; evidence: string | null }[] = [];
  const push = (
    metric: string,
    score: { score: number; explanation?: string } | undefined,
    evidence: unknown,
  ) => {
    if (!score || !Number.isFinite(score.score)) return;
    rows.push({
      metric,
      value: Math.min(1, Math.max(0, score.score)),
      explanation: score.explanation ?? null,
      evidence: evidence === undefined ? null : JSON.stringify(evidence),
    });
  };
  push('faithfulness', result.faithfulness, result.faithfulness?.evidence);
  push('context_relevance', result.contextRelevance, result.contextRelevance?.chunks);
  push('answer_relevance', result.answerRelevance, undefined);
  push('instruction_adherence', result.instructionAdherence, result.instructionAdherence?.verdicts);
  void item;
  return rows;
}

export function createJudgeQueue(options: JudgeQueueOptions): JudgeQueue {
  const { database, judge } = options;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const maxQueue = Math.max(1, options.maxQueue ?? 1000);
  const now = options.now ?? Date.now;
  const queue: Task[] = [];
  const queued = new Set<string>();
  let active = 0;
  let scheduled = false;
  let waiters: (() => void)[] = [];
  const counters = { enqueued: 0, judged: 0, scores: 0, dropped: 0, failed: 0 };

  const report = (error: unknown, context: string) => {
    try {
      options.onError?.(error, context);
    } catch {
      // The error sink itself failed; nothing more to do.
    }
  };

  // Scores are written in batches: one SQLite transaction per judged answer cost more than judging
  // it. Rows wait here until SCORE_BATCH of them are ready, the queue goes idle (`drain()` resolves
  // only after they are written) or SCORE_DELAY_MS has passed (a slow LLM judge under steady load).
  let insert: { run(...params: unknown[]): unknown } | undefined;
  let scoredBefore: { all(traceId: string, judge: string): unknown[] } | undefined;
  let unwritten: unknown[][] = [];
  const unwrittenSpans = new Set<string>();
  let writeTimer: ReturnType<typeof setTimeout> | undefined;
  const queueScores = (task: Task, item: JudgeItem, result: JudgeResult) => {
    if (writeTimer === undefined) {
      writeTimer = setTimeout(writeScores, SCORE_DELAY_MS);
      writeTimer.unref?.();
    }
    const createdNs = BigInt(Math.round(now() * 1000)) * 1000n;
    for (const row of scoreRows(item, result)) {
      unwritten.push([
        task.traceId,
        item.spanId,
        row.metric,
        row.value,
        judge.name,
        row.explanation,
        row.evidence,
        task.reason,
        task.probability,
        item.agent ?? null,
        item.feature ?? null,
        item.userId ?? null,
        item.responseModel ?? null,
        createdNs,
      ]);
    }
    unwrittenSpans.add(item.spanId);
    if (unwritten.length >= SCORE_BATCH) writeScores();
  };
  const writeScores = () => {
    clearTimeout(writeTimer);
    writeTimer = undefined;
    if (unwritten.length === 0) return;
    const rows = unwritten;
    unwritten = [];
    unwrittenSpans.clear();
    try {
      insert ??= database.prepare(
        `INSERT INTO scores (trace_id, span_id, metric, value, judge, explanation, evidence, sampling_reason, sampling_probability,
           agent, feature, user_id, response_model, created_ns)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (span_id, metric, judge) DO UPDATE SET value = excluded.value, explanation = excluded.explanation,
           evidence = excluded.evidence, sampling_reason = excluded.sampling_reason,
           sampling_probability = excluded.sampling_probability, created_ns = excluded.created_ns`,
      );
      const statement = insert;
      // IMMEDIATE: take the write lock up front, waiting out another writer (the app thread writing a
      // backlog) through the busy timeout instead of failing on a stale read snapshot.
      database
        .transaction(() => {
          for (const row of rows) statement.run(...row);
        })
        .immediate();
      counters.scores += rows.length;
    } catch (error) {
      counters.failed++;
      report(error, 'judge.write');
    }
  };
  /** Answers this judge already scored (a trace is sampled again when more of its spans arrive). */
  const alreadyScored = (traceId: string): Set<string> => {
    scoredBefore ??= database
      .prepare('SELECT DISTINCT span_id FROM scores WHERE trace_id = ? AND judge = ?')
      .pluck() as {
      all(traceId: string, judge: string): unknown[];
    };
    const spans = new Set(scoredBefore.all(traceId, judge.name) as string[]);
    for (const spanId of unwrittenSpans) spans.add(spanId);
    return spans;
  };

  const run = async (task: Task) => {
    const items = assembleJudgeItems(database, task.traceId);
    const scored = items.length > 0 ? alreadyScored(task.traceId) : undefined;
    let attempted = 0;
    for (const item of items) {
      if (scored?.has(item.spanId)) continue;
      attempted++;
      try {
        const result = await judge.evaluate(item, {
          traceId: task.traceId,
          spanId: item.spanId,
          ...(options.recordEvaluator ? { recordEvaluator: options.recordEvaluator } : {}),
        });
        queueScores(task, item, result);
      } catch (error) {
        counters.failed++;
        report(error, 'judge.evaluate');
      }
    }
    if (attempted > 0) counters.judged++;
  };

  const settle = () => {
    if (active === 0 && queue.length === 0) {
      writeScores();
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }
  };

  const pump = () => {
    scheduled = false;
    while (active < concurrency && queue.length > 0) {
      const task = queue.shift() as Task;
      queued.delete(task.traceId);
      active++;
      run(task)
        .catch((error) => {
          counters.failed++;
          report(error, 'judge.queue');
        })
        .finally(() => {
          active--;
          pump();
          settle();
        });
    }
    settle();
  };

  return {
    enqueue(traceId, reason, probability) {
      try {
        if (queued.has(traceId)) return true;
        if (queue.length >= maxQueue) {
          counters.dropped++;
          return false;
        }
        queue.push({ traceId, reason, probability });
        queued.add(traceId);
        counters.enqueued++;
        if (!scheduled) {
          scheduled = true;
          setImmediate(pump);
        }
        return true;
      } catch (error) {
        report(error, 'judge.enqueue');
        return false;
      }
    },
    drain() {
      if (active === 0 && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        if (!scheduled) {
          scheduled = true;
          setImmediate(pump);
        }
      });
    },
    stats: () => ({ ...counters, pending: queue.length + active }),
  };
}
