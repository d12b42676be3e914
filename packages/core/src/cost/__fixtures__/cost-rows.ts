/** Builds priced `spans` rows for cost and budget tests, on top of the shared sample row. */
import { sampleRow } from '../../sqlite/__fixtures__/sample-row.js';
import type { SpanRow } from '../../span/span-record.js';
import { msToNs } from '../../util/clock.js';
import { createPriceBook } from '../price-book.js';

const prices = createPriceBook();
let counter = 0;

export interface CostRowInit {
  atMs: number;
  kind?: SpanRow['kind'];
  feature?: string;
  user?: string;
  agent?: string;
  session?: string;
  requestModel?: string;
  responseModel?: string;
  input?: number;
  output?: number;
  /** An explicit cost; otherwise the row is priced by the real price book (NULL when unknown). */
  costUsd?: number | null;
  status?: SpanRow['status'];
  spanId?: string;
  traceId?: string;
}

export function costRow(init: CostRowInit): SpanRow {
  counter += 1;
  const spanId = init.spanId ?? `${process.pid.toString(16).padStart(8, '0')}${counter.toString(16).padStart(8, '0')}`;
  const kind = init.kind ?? 'llm';
  const usage = { input: init.input ?? 1_000, output: init.output ?? 200 };
  const model = init.responseModel ?? init.requestModel ?? 'gpt-4o-mini';
  const priced =
    init.costUsd !== undefined
      ? init.costUsd === null
        ? undefined
        : { costUsd: init.costUsd, priceVersion: 'test' }
      : prices.priceSpan({ kind, responseModel: model, usage });
  return sampleRow({
    span_id: spanId,
    trace_id: init.traceId ?? `${spanId}${spanId}`,
    kind,
    feature: init.feature ?? null,
    user_id: init.user ?? null,
    agent: init.agent ?? null,
    session_id: init.session ?? null,
    status: init.status ?? 'ok',
    start_ns: msToNs(init.atMs),
    end_ns: msToNs(init.atMs + 250),
    request_model: init.requestModel ?? model,
    response_model: init.responseModel ?? (init.requestModel === undefined ? model : null),
    input_tokens: usage.input,
    output_tokens: usage.output,
    cost_usd: priced?.costUsd ?? null,
    price_version: priced?.priceVersion ?? null,
  });
}
