/**
 * The span detail pane: facts, masked input and output, tool arguments and results, retrieved
 * documents with scores, reranker order, attributes, and the judge's scores with their evidence.
 * Payloads are shown exactly as stored, which is after masking.
 */
import type { TraceScoreRow, TraceSpanRow } from '@llmtop/core/sqlite';
import { formatClock, formatCost, formatCount, formatDuration, formatScore, UNKNOWN } from './format.js';
import type { Line, Tone } from './line.js';

const MAX_PAYLOAD_LINES = 300;

/** Splits into lines no wider than `width`, breaking long lines hard. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  const w = Math.max(1, width);
  for (const raw of text.replace(/\r\n?/g, '\n').replace(/\t/g, '  ').split('\n')) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    const chars = [...raw.replace(/[\u0000-\u001f\u007f]/g, ' ')];
    if (chars.length === 0) out.push('');
    for (let i = 0; i < chars.length; i += w) out.push(chars.slice(i, i + w).join(''));
  }
  return out;
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface DocumentView {
  text: string;
  score?: number;
  source?: string;
  originalIndex?: number;
}

function asDocuments(value: unknown): DocumentView[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const docs: DocumentView[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return undefined;
    const record = item as Record<string, unknown>;
    // Chat messages also have `content`; only document-shaped fields count here.
    const text = record.pageContent ?? record.text ?? record.document;
    if (typeof text !== 'string' || 'role' in record) return undefined;
    const metadata = (typeof record.metadata === 'object' && record.metadata) || {};
    const meta = metadata as Record<string, unknown>;
    const score = [
      record.score,
      record.relevance_score,
      record.relevanceScore,
      meta.score,
      meta.relevance_score,
    ].find((v): v is number => typeof v === 'number');
    const source = [meta.source, meta.id, record.id].find((v): v is string => typeof v === 'string');
    const index = [record.index, record.originalIndex, meta.index, meta.originalIndex].find(
      (v): v is number => typeof v === 'number',
    );
    docs.push({
      text,
      ...(score !== undefined ? { score } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(index !== undefined ? { originalIndex: index } : {}),
    });
  }
  return docs;
}

/** Chat messages → `role: content` lines; everything else → text or indented JSON. */
function renderPayload(value: unknown): string {
  if (value === undefined || value === null) return UNKNOWN;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((m) => typeof m === 'object' && m !== null && 'content' in m)) {
    return value
      .map((m) => {
        const message = m as Record<string, unknown>;
        const role = String(message.role ?? message.type ?? 'message');
        const content =
          typeof message.content === 'string' ? message.content : JSON.stringify(message.content, null, 2);
        const calls = message.tool_calls ?? message.toolCalls;
        return `${role}: ${content}${calls ? `\n  tool calls: ${JSON.stringify(calls)}` : ''}`;
      })
      .join('\n');
  }
  return JSON.stringify(value, null, 2) ?? String(value);
}

function section(lines: Line[], title: string, width: number, tone: Tone = 'heading') {
  lines.push([{ text: '' }]);
  lines.push([
    {
      text: `── ${title} ${'─'.repeat(Math.max(0, width - title.length - 4))}`.slice(0, Math.max(0, width)),
      tone,
    },
  ]);
}

function pushText(lines: Line[], text: string, width: number, tone?: Tone) {
  const wrapped = wrapText(text, width);
  for (const part of wrapped.slice(0, MAX_PAYLOAD_LINES))
    lines.push(tone ? [{ text: part, tone }] : [{ text: part }]);
  if (wrapped.length > MAX_PAYLOAD_LINES) {
    lines.push([{ text: `… ${wrapped.length - MAX_PAYLOAD_LINES} more lines`, tone: 'dim' }]);
  }
}

function pushDocuments(lines: Line[], docs: DocumentView[], width: number, reranked: boolean) {
  docs.forEach((doc, i) => {
    const moved = reranked && doc.originalIndex !== undefined ? ` (was #${doc.originalIndex + 1})` : '';
    const score = doc.score !== undefined ? ` score ${doc.score.toFixed(3)}` : '';
    const source = doc.source ? `  ${doc.source}` : '';
    lines.push([{ text: `#${i + 1}${moved}${score}${source}`.slice(0, width), tone: 'accent' }]);
    pushText(lines, `  ${doc.text.length > 400 ? `${doc.text.slice(0, 400)}…` : doc.text}`, width);
  });
}

function fact(label: string, value: string): string {
  return `${label} ${value}`;
}

export function spanDetailModel(options: {
  span: TraceSpanRow;
  scores: readonly TraceScoreRow[];
  width: number;
  timeZone?: string;
}): Line[] {
  const { span, width } = options;
  const lines: Line[] = [];
  const push = (text: string, tone?: Tone) => pushText(lines, text, width, tone);
  push(`${span.kind.toUpperCase()} ${span.name}`, 'heading');
  push(
    [
      fact('status', span.status === 'error' ? 'ERROR' : span.status),
      fact('agent', span.agent ?? UNKNOWN),
      span.feature ? fact('feature', span.feature) : '',
      span.sessionId ? fact('session', span.sessionId) : '',
      span.userId ? fact('user', span.userId) : '',
    ]
      .filter(Boolean)
      .join('  '),
    span.status === 'error' ? 'bad' : undefined,
  );
  push(
    [
      fact('start', formatClock(span.startMs, options.timeZone)),
      fact('duration', formatDuration(span.endMs - span.startMs)),
      span.firstTokenMs !== null ? fact('ttft', formatDuration(span.firstTokenMs - span.startMs)) : '',
    ]
      .filter(Boolean)
      .join('  '),
  );
  if (span.responseModel || span.requestModel || span.provider) {
    const requested =
      span.requestModel && span.requestModel !== span.responseModel
        ? ` (requested ${span.requestModel})`
        : '';
    push(
      `${fact('model', `${span.responseModel ?? span.requestModel ?? UNKNOWN}${requested}`)}  ${fact('provider', span.provider ?? UNKNOWN)}${span.finishReason ? `  ${fact('finish', span.finishReason)}` : ''}`,
    );
  }
  if (
    span.kind === 'llm' ||
    span.kind === 'embedding' ||
    span.kind === 'evaluator' ||
    span.inputTokens !== null
  ) {
    const extra = [
      span.cacheReadTokens !== null ? `cache read ${formatCount(span.cacheReadTokens)}` : '',
      span.cacheWriteTokens !== null ? `cache write ${formatCount(span.cacheWriteTokens)}` : '',
      span.reasoningTokens !== null ? `reasoning ${formatCount(span.reasoningTokens)}` : '',
    ].filter(Boolean);
    push(
      `tokens in ${formatCount(span.inputTokens)} out ${formatCount(span.outputTokens)}${extra.length ? ` (${extra.join(', ')})` : ''}  cost ${span.costUsd === null ? 'unpriced' : formatCost(span.costUsd)}`,
    );
  }
  const pii = parseJson(span.piiCounts);
  if (pii && typeof pii === 'object' && Object.keys(pii).length > 0) {
    push(
      `masked PII: ${Object.entries(pii as Record<string, number>)
        .map(([k, v]) => `${k}×${v}`)
        .join(' ')}`,
      'warn',
    );
  }
  push(`span ${span.spanId}${span.parentSpanId ? `  parent ${span.parentSpanId}` : ''}`, 'dim');
  if (span.error) {
    section(lines, 'ERROR', width, 'bad');
    push(span.error, 'bad');
  }
  if (span.keyId !== null) {
    section(lines, 'PAYLOADS', width);
    push(`encrypted with key ${span.keyId}; the dashboard shows no plaintext`, 'dim');
  } else {
    const input = parseJson(span.input);
    const output = parseJson(span.output);
    const titles: Record<string, [string, string]> = {
      tool: ['TOOL ARGUMENTS', 'TOOL RESULT'],
      retriever: ['QUERY', 'RETRIEVED DOCUMENTS'],
      reranker: ['RERANKER INPUT', 'RERANKED ORDER'],
    };
    const [inTitle, outTitle] = titles[span.kind] ?? ['INPUT (masked)', 'OUTPUT (masked)'];
    section(lines, inTitle, width);
    const inDocs = asDocuments(input);
    if (inDocs) pushDocuments(lines, inDocs, width, false);
    else push(renderPayload(input));
    section(lines, outTitle, width);
    const outDocs = asDocuments(output);
    if (outDocs) pushDocuments(lines, outDocs, width, span.kind === 'reranker');
    else push(renderPayload(output));
    const attributes = parseJson(span.attributes);
    if (attributes && typeof attributes === 'object' && Object.keys(attributes).length > 0) {
      for (const [key, value] of Object.entries(attributes as Record<string, unknown>)) {
        const docs = asDocuments(value);
        if (!docs) continue;
        section(lines, key.toUpperCase(), width);
        pushDocuments(lines, docs, width, span.kind === 'reranker');
      }
      const rest = Object.fromEntries(
        Object.entries(attributes as Record<string, unknown>).filter(([, v]) => !asDocuments(v)),
      );
      if (Object.keys(rest).length > 0) {
        section(lines, 'ATTRIBUTES', width);
        push(JSON.stringify(rest, null, 2));
      }
    }
  }
  const scores = options.scores.filter((s) => s.spanId === span.spanId || s.spanId === null);
  if (scores.length > 0) {
    section(lines, 'JUDGE SCORES', width);
    for (const score of scores) {
      const sampled = score.samplingReason
        ? `  sampled: ${score.samplingReason}${score.samplingProbability !== null ? ` p=${score.samplingProbability}` : ''}`
        : '';
      const level = score.spanId === null ? ' [trace]' : '';
      push(
        `${score.metric} ${formatScore(score.value)}${level}  (${score.judge})${sampled}`,
        score.value < 0.5 ? 'bad' : 'good',
      );
      if (score.explanation) push(`  ${score.explanation}`);
      if (score.evidence) {
        const evidence = parseJson(score.evidence);
        push(`  evidence: ${typeof evidence === 'string' ? evidence : JSON.stringify(evidence)}`, 'dim');
      }
    }
  }
  return lines;
}
