/**
 * Builds judge items from a trace's stored (already masked) spans: for each LLM answer, the user's
 * question, the retrieved context that fed it (retriever/reranker spans that ended before it), the
 * answer and the system prompt's instructions. Tolerant of the JSON shapes the adapters write.
 */
import type { Database } from '../sqlite/database.js';
import type { JudgeInput } from './judge.types.js';

export interface JudgeItem extends JudgeInput {
  traceId: string;
  /** The LLM span whose answer is judged. */
  spanId: string;
  agent?: string;
  feature?: string;
  userId?: string;
  responseModel?: string;
  context?: string[];
}

interface Row {
  span_id: string;
  kind: string;
  input: string | null;
  output: string | null;
  attributes: string | null;
  start_ns: bigint | number;
  end_ns: bigint | number;
  agent: string | null;
  feature: string | null;
  user_id: string | null;
  response_model: string | null;
}

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text of a message content: a string, or an array of parts with `text`. */
function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    const parts = content
      .map((p) => (typeof p === 'string' ? p : isRecord(p) && typeof p.text === 'string' ? p.text : ''))
      .filter(Boolean);
    return parts.length ? parts.join('\n') : undefined;
  }
  if (isRecord(content)) return contentText(content.text ?? content.content);
  return undefined;
}

interface Message {
  role: string;
  text: string;
}

/** Normalises LangChain serialised messages, `{role, content}` arrays, `{messages}` and `{prompt, system}`. */
function messagesOf(value: unknown): Message[] {
  if (typeof value === 'string') return [{ role: 'user', text: value }];
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(Array.isArray)) return value.flatMap(messagesOf);
    return value.flatMap((m): Message[] => {
      if (typeof m === 'string') return [{ role: 'user', text: m }];
      if (!isRecord(m)) return [];
      const kwargs = isRecord(m.kwargs) ? m.kwargs : undefined;
      const lcType = Array.isArray(m.id) ? String(m.id.at(-1)) : undefined;
      const role = String(
        lcType && kwargs
          ? lcType.replace(/Message(Chunk)?$/, '').toLowerCase()
          : (m.role ?? m.type ?? 'user'),
      );
      const text = contentText(kwargs ? kwargs.content : (m.content ?? m.text));
      return text === undefined
        ? []
        : [{ role: role === 'human' ? 'user' : role === 'ai' ? 'assistant' : role, text }];
    });
  }
  if (isRecord(value)) {
    const out: Message[] = [];
    if (typeof value.system === 'string') out.push({ role: 'system', text: value.system });
    if (value.messages !== undefined) out.push(...messagesOf(value.messages));
    else if (value.prompt !== undefined) out.push(...messagesOf(value.prompt));
    else if (value.input !== undefined) out.push(...messagesOf(value.input));
    else if (typeof value.content === 'string' || Array.isArray(value.content))
      out.push(...messagesOf([value]));
    return out;
  }
  return [];
}

function answerOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      const text = answerOf(value[i]);
      if (text) return text;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (value.generations !== undefined) return answerOf(value.generations);
  if (isRecord(value.kwargs)) return contentText(value.kwargs.content);
  if (value.message !== undefined) return answerOf(value.message);
  return contentText(value.text ?? value.content ?? value.output);
}

/** Document texts from a retriever/reranker output or attributes. */
function documentsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(documentsOf);
  if (!isRecord(value)) return [];
  for (const key of ['pageContent', 'page_content', 'content', 'text', 'document']) {
    const v = value[key];
    if (typeof v === 'string') return [v];
    if (isRecord(v)) return documentsOf(v);
  }
  if (isRecord(value.kwargs)) return documentsOf(value.kwargs);
  for (const key of [
    'documents',
    'docs',
    'results',
    'output',
    'retrieval.documents',
    'reranker.output_documents',
  ]) {
    if (value[key] !== undefined) return documentsOf(value[key]);
  }
  return [];
}

/** One prepared statement per connection: preparing it for every judged trace cost more than the read. */
const traceSpanReads = new WeakMap<Database, { all(traceId: string): unknown[] }>();

function readJudgedSpans(db: Database, traceId: string): Row[] {
  let statement = traceSpanReads.get(db);
  if (statement === undefined) {
    statement = db.prepare(
      `SELECT span_id, kind, input, output, attributes, start_ns, end_ns, agent, feature, user_id, response_model
       FROM spans WHERE trace_id = ? AND kind IN ('llm', 'retriever', 'reranker') ORDER BY start_ns, seq`,
    ) as { all(traceId: string): unknown[] };
    traceSpanReads.set(db, statement);
  }
  return statement.all(traceId) as Row[];
}

export function assembleJudgeItems(db: Database, traceId: string): JudgeItem[] {
  const rows = readJudgedSpans(db, traceId);
  const items: JudgeItem[] = [];
  for (const row of rows) {
    if (row.kind !== 'llm') continue;
    const answer = answerOf(parse(row.output));
    if (!answer?.trim()) continue;
    const messages = messagesOf(parse(row.input));
    const system = messages.filter((m) => m.role === 'system' || m.role === 'developer').map((m) => m.text);
    const question = messages.filter((m) => m.role === 'user').at(-1)?.text;
    const before = rows.filter((r) => r.kind !== 'llm' && BigInt(r.end_ns) <= BigInt(row.start_ns));
    const reranker = before.filter((r) => r.kind === 'reranker').at(-1);
    const sources = reranker ? [reranker] : before;
    const context = [
      ...new Set(
        sources.flatMap((r) => {
          const docs = documentsOf(parse(r.output));
          return docs.length ? docs : documentsOf(parse(r.attributes));
        }),
      ),
    ];
    const item: JudgeItem = { traceId, spanId: row.span_id, answer };
    if (question !== undefined) item.question = question;
    if (context.length) item.context = context;
    if (system.length) item.instructions = system.join('\n');
    if (row.agent !== null) item.agent = row.agent;
    if (row.feature !== null) item.feature = row.feature;
    if (row.user_id !== null) item.userId = row.user_id;
    if (row.response_model !== null) item.responseModel = row.response_model;
    items.push(item);
  }
  return items;
}
