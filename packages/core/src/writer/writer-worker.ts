/** The writer worker thread: receives serialised batches, runs the store writer, acknowledges commits. */
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../util/error-message.js';
import { createStoreWriter } from './store-writer.js';
import type { WriterConfig } from './writer-config.js';
import type { FromWorker, ToWorker } from './writer-messages.js';

const port = parentPort;
if (port) {
  const post = (message: FromWorker) => port.postMessage(message);
  const writer = createStoreWriter(workerData as WriterConfig, (kind, error) =>
    post({ type: 'error', kind, message: errorMessage(error) }),
  );
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      writer.close();
      post({ type: 'closed' });
      port.close();
      return;
    }
    try {
      post({
        type: 'committed',
        seq: message.seq,
        result: writer.write(message.spans, message.counters, message.serialized),
      });
    } catch (error) {
      post({ type: 'failed', seq: message.seq, message: errorMessage(error) });
    }
  });
}
