/** The app-thread writer: `writer: 'inline'`, and the synchronous fallback of the worker writer. */
import type { SerializedSpan, SpanData } from '../span/span-record.js';
import type { SpanWriter, WriterEvents } from './span-writer.js';
import { createStoreWriter, type StoreWriter } from './store-writer.js';
import type { AppCounters, WriterConfig } from './writer-config.js';

export interface InlineWriter extends SpanWriter {
  /** Writes spans that were already serialised (a batch that could not be cloned). */
  writeSerialized(spans: SerializedSpan[], counters: AppCounters): void;
}

export function createInlineWriter(config: WriterConfig, events: WriterEvents): InlineWriter {
  let store: StoreWriter | undefined;
  const writeAny = (spans: SpanData[] | SerializedSpan[], counters: AppCounters, serialized: boolean) => {
    if (spans.length === 0) return;
    store ??= createStoreWriter(config, events.onError);
    events.onResult(store.write(spans, counters, serialized));
  };
  const writeSync = (spans: SpanData[], counters: AppCounters) => writeAny(spans, counters, false);
  return {
    write: writeSync,
    writeSync,
    writeSerialized: (spans, counters) => writeAny(spans, counters, true),
    settle: async () => {},
    inFlight: 0,
    inFlightSpans: 0,
    warm: true,
    oldestInFlightMs: () => 0,
    judge(traceId, reason, probability) {
      store ??= createStoreWriter(config, events.onError);
      store.judge(traceId, reason, probability);
    },
    drainJudge: () => store?.drainJudge() ?? Promise.resolve(),
    async close() {
      await store?.drainJudge();
      store?.close();
      store = undefined;
    },
  };
}
