/** The writer worker thread: receives serialised batches, runs the store writer, acknowledges commits. */
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../util/error-message.js';
import { createStoreWriter } from './store-writer.js';
import type { WriterConfig } from './writer-config.js';
import type { BatchSpans, FromWorker, ToWorker } from './writer-messages.js';

const port = parentPort;
if (port) {
  const post = (message: FromWorker) => port.postMessage(message);
  const writer = createStoreWriter(workerData as WriterConfig, (kind, error) =>
    post({ type: 'error', kind, message: errorMessage(error) }),
  );
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      void writer.drainJudge().finally(() => {
        writer.close();
        post({ type: 'closed' });
        port.close();
      });
      return;
    }
    if (message.type === 'judge') {
      writer.judge(message.traceId, message.reason, message.probability);
      return;
    }
    if (message.type === 'drain-judge') {
      void writer.drainJudge().finally(() => {
        const stats = writer.judgeStats();
        post({ type: 'judge-drained', seq: message.seq, ...(stats ? { stats } : {}) });
      });
      return;
    }
    try {
      post({
        type: 'committed',
        seq: message.seq,
        result: writer.write(deserialize(message.bytes) as BatchSpans, message.counters, message.serialized),
      });
    } catch (error) {
      post({ type: 'failed', seq: message.seq, message: errorMessage(error) });
    }
  });
}
