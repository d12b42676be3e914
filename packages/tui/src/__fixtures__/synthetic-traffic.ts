/**
 * Realistic multi-agent traffic written straight into a file with one fast INSERT loop: for the
 * benchmark (100k / 1M spans), query tests and the README capture. Each trace is a supervisor with
 * a researcher (LLM, web search tool, retriever, reranker, LLM) and a writer (streaming LLM);
 * 15 % of traces carry the four judge scores; some tools fail; one model is unpriced.
 */
import type { Database } from '@llmtop/core/sqlite';

export interface SyntheticOptions {
  spans: number;
  /** Traces are spread evenly over [endMs - spanMs, endMs]. */
  endMs: number;
  spanMs: number;
  /** Small payloads keep million-row files reasonable. */
  payloads?: boolean;
  seed?: number;
}

const MODELS = [
  { model: 'gpt-4o-mini', provider: 'openai', inPrice: 0.15e-6, outPrice: 0.6e-6 },
  { model: 'gpt-4o', provider: 'openai', inPrice: 2.5e-6, outPrice: 10e-6 },
  { model: 'claude-sonnet-4', provider: 'anthropic', inPrice: 3e-6, outPrice: 15e-6 },
  { model: 'local-llama-3', provider: 'ollama', inPrice: Number.NaN, outPrice: Number.NaN },
] as const;
const FEATURES = ['support', 'search', 'billing'] as const;
const METRICS = ['faithfulness', 'context_relevance', 'answer_relevance', 'instruction_adherence'] as const;
export const SPANS_PER_TRACE = 10;

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
const ns = (ms: number) => BigInt(Math.round(ms * 1000)) * 1000n;

export function writeSyntheticTraffic(db: Database, options: SyntheticOptions): { spans: number; traces: number } {
  const random = rng(options.seed ?? 42);
  const insert = db.prepare(
    `INSERT INTO spans (span_id, trace_id, parent_span_id, kind, name, agent, session_id, user_id, feature, status, error,
       start_ns, end_ns, first_token_ns, provider, request_model, response_model, input_tokens, output_tokens,
       cost_usd, finish_reason, input, output, attributes, judge_sample, judge_reason)
     VALUES (@span_id, @trace_id, @parent, @kind, @name, @agent, @session, @user, @feature, @status, @error,
       @start, @end, @ttft, @provider, @model, @model, @in, @out, @cost, @finish, @input, @output, @attributes, @sample, @reason)`,
  );
  const score = db.prepare(
    `INSERT INTO scores (trace_id, span_id, metric, value, judge, explanation, evidence, sampling_reason,
       sampling_probability, agent, feature, user_id, response_model, created_ns)
     VALUES (?, ?, ?, ?, 'offline', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const traces = Math.max(1, Math.floor(options.spans / SPANS_PER_TRACE));
  const step = options.spanMs / traces;
  const start0 = options.endMs - options.spanMs;
  const base = Math.floor(options.endMs);
  let spanCounter = 0;
  let written = 0;
  const payloads = options.payloads ?? true;

  const writeTrace = (t: number) => {
    const traceId = `${hex(base, 16)}${hex(t + 1, 16)}`;
    const at = start0 + t * step;
    const feature = FEATURES[t % FEATURES.length]!;
    const user = `u-${(t * 7) % 50}`;
    const session = `s-${Math.floor(t / 4)}`;
    const sampled = random() < 0.15;
    const common = { trace_id: traceId, session, user, feature, sample: sampled ? 0.15 : null, reason: sampled ? 'rate' : null };
    const span = (fields: {
      parent: string | null;
      kind: string;
      name: string;
      agent: string;
      startMs: number;
      durMs: number;
      model?: (typeof MODELS)[number];
      status?: 'ok' | 'error';
      input?: unknown;
      output?: unknown;
      attributes?: unknown;
      ttftMs?: number;
    }) => {
      spanCounter++;
      const id = hex(spanCounter, 16);
      const m = fields.model;
      const inTok = m ? 200 + Math.floor(random() * 1800) : null;
      const outTok = m ? 20 + Math.floor(random() * 400) : null;
      const cost = m && inTok !== null && outTok !== null && Number.isFinite(m.inPrice) ? inTok * m.inPrice + outTok * m.outPrice : null;
      insert.run({
        ...common,
        span_id: id,
        parent: fields.parent,
        kind: fields.kind,
        name: fields.name,
        agent: fields.agent,
        status: fields.status ?? 'ok',
        error: fields.status === 'error' ? 'TimeoutError: search backend did not answer in 5000 ms' : null,
        start: ns(fields.startMs),
        end: ns(fields.startMs + fields.durMs),
        ttft: fields.ttftMs !== undefined ? ns(fields.startMs + fields.ttftMs) : null,
        provider: m?.provider ?? null,
        model: m?.model ?? null,
        in: inTok,
        out: outTok,
        cost,
        finish: m ? 'stop' : null,
        input: payloads && fields.input !== undefined ? JSON.stringify(fields.input) : null,
        output: payloads && fields.output !== undefined ? JSON.stringify(fields.output) : null,
        attributes: payloads && fields.attributes !== undefined ? JSON.stringify(fields.attributes) : null,
      });
      written++;
      return id;
    };
    const question = `Why was customer <EMAIL_1> charged twice for order #${1000 + (t % 9000)}?`;
    const root = span({ parent: null, kind: 'agent', name: 'supervisor', agent: 'supervisor', startMs: at, durMs: 5600, input: question });
    span({
      parent: root,
      kind: 'llm',
      name: 'ChatOpenAI',
      agent: 'supervisor',
      startMs: at + 5,
      durMs: 300 + random() * 500,
      model: MODELS[0],
      input: [{ role: 'user', content: question }],
      output: [{ role: 'assistant', content: 'route: researcher' }],
    });
    const researcher = span({ parent: root, kind: 'agent', name: 'researcher_agent', agent: 'researcher', startMs: at + 900, durMs: 2000 });
    const rModel = t % 10 === 0 ? MODELS[3] : MODELS[1];
    span({ parent: researcher, kind: 'llm', name: 'ChatOpenAI', agent: 'researcher', startMs: at + 910, durMs: 400 + random() * 900, model: rModel });
    const toolFails = random() < 0.03;
    span({
      parent: researcher,
      kind: 'tool',
      name: 'web_search',
      agent: 'researcher',
      startMs: at + 1400,
      durMs: toolFails ? 5000 : 150 + random() * 300,
      status: toolFails ? 'error' : 'ok',
      input: { query: 'duplicate charge refund policy' },
      output: toolFails ? undefined : { results: 3 },
    });
    span({
      parent: researcher,
      kind: 'retriever',
      name: 'policy_store',
      agent: 'researcher',
      startMs: at + 1700,
      durMs: 40 + random() * 60,
      input: 'duplicate charge refund policy',
      output: [
        { pageContent: 'Duplicate charges are refunded within 5 business days.', metadata: { source: 'refunds.md', score: 0.91 } },
        { pageContent: 'Orders can be cancelled before shipping.', metadata: { source: 'orders.md', score: 0.62 } },
        { pageContent: 'Card holders may dispute a charge with their bank.', metadata: { source: 'disputes.md', score: 0.58 } },
      ],
    });
    span({
      parent: researcher,
      kind: 'reranker',
      name: 'cohere-rerank',
      agent: 'researcher',
      startMs: at + 1800,
      durMs: 80,
      output: [
        { text: 'Duplicate charges are refunded within 5 business days.', index: 0, relevance_score: 0.97 },
        { text: 'Card holders may dispute a charge with their bank.', index: 2, relevance_score: 0.41 },
        { text: 'Orders can be cancelled before shipping.', index: 1, relevance_score: 0.12 },
      ],
    });
    span({ parent: researcher, kind: 'llm', name: 'ChatOpenAI', agent: 'researcher', startMs: at + 1900, durMs: 500 + random() * 800, model: MODELS[1] });
    const writer = span({ parent: root, kind: 'agent', name: 'writer', agent: 'writer', startMs: at + 2950, durMs: 2500 });
    const writerLlm = span({
      parent: writer,
      kind: 'llm',
      name: 'ChatAnthropic',
      agent: 'writer',
      startMs: at + 2960,
      durMs: 700 + random() * 1500,
      ttftMs: 150 + random() * 350,
      model: MODELS[2],
      input: [{ role: 'system', content: 'Answer from the policy only.' }, { role: 'user', content: question }],
      output: [{ role: 'assistant', content: 'You were charged twice by mistake; the duplicate is refunded within 5 business days.' }],
    });
    if (sampled) {
      const quality = feature === 'billing' ? 0.55 : 0.85;
      for (const metric of METRICS) {
        const value = Math.max(0, Math.min(1, quality + (random() - 0.5) * 0.3));
        score.run(
          traceId,
          writerLlm,
          metric,
          value,
          `${metric.replace('_', ' ')} judged from the retrieved policy`,
          JSON.stringify(['Duplicate charges are refunded within 5 business days.']),
          'rate',
          0.15,
          'writer',
          feature,
          user,
          MODELS[2].model,
          ns(at + 5000),
        );
      }
    }
  };

  const batch = db.transaction((from: number, to: number) => {
    for (let t = from; t < to; t++) writeTrace(t);
  });
  const BATCH = 5_000;
  for (let from = 0; from < traces; from += BATCH) batch(from, Math.min(traces, from + BATCH));
  return { spans: written, traces };
}

/** A budget alert and a drift alert, as the budget monitor and drift detector would store them. */
export function writeSampleAlerts(db: Database, nowMs: number): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO alerts (kind, scope, level, message, dedupe_key, created_ns) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  insert.run('budget', 'feature:support', '80%', 'feature support, daily: 80% of $25.00 spent ($20.41)', 'budget:support:80', ns(nowMs - 600_000));
  insert.run('drift', 'feature:billing', 'warning', 'faithfulness fell from 0.84 to 0.55 (billing)', 'drift:billing:faith', ns(nowMs - 300_000));
}
