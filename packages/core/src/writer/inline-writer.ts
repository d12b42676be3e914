/** The app-thread writer: `writer: 'inline'`, and the synchronous fallback of the worker writer. */
import type { SpanData } from '../span/span-record.js';
import type { SpanWriter, WriterEvents } from './span-writer.js';
import { createStoreWriter, type StoreWriter } from './store-writer.js';
import type { AppCounters, WriterConfig } from './writer-config.js';

export function createInlineWriter(config: WriterConfig, events: WriterEvents): SpanWriter {
  let store: StoreWriter | undefined;
  const writeSync = (spans: SpanData[], counters: AppCounters) => {
    if (spans.length === 0) return;
    store ??= createStoreWriter(config, events.onError);
    events.onResult(store.write(spans, counters));
  };
  return {
    write: writeSync,
    writeSync,
    settle: async () => {},
    inFlight: 0,
    oldestInFlightMs: () => 0,
    async close() {
      store?.close();
      store = undefined;
    },
  };
}
