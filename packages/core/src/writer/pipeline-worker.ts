/**
 * The pipeline worker: started by the writer worker when it falls behind, it runs the pipeline
 * (serialise, mask, price, sample, seal) on batches while the writer worker inserts the rows of the
 * previous ones — two stages on two cores instead of one thread doing both in turn.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toRowValues } from '../sqlite/span-inserter.js';
import { errorMessage } from '../util/error-message.js';
import { decodeSpanBatch } from './span-batch-codec.js';
import { createRowPreparer } from './store-writer.js';
import { lowerThisThreadPriority } from './thread-priority.js';
import type { FromPipeline, PipelineWorkerData, ToPipeline } from './writer-messages.js';

const port = parentPort;
if (port) {
  lowerThisThreadPriority();
  const post = (message: FromPipeline) => port.postMessage(message);
  const { config, scopes } = workerData as PipelineWorkerData;
  const prepare = createRowPreparer(config, (kind, error) =>
    post({ type: 'error', kind, message: errorMessage(error) }),
  );
  prepare.pipeline.adoptScopes(scopes);
  port.on('message', (message: ToPipeline) => {
    try {
      post({
        type: 'prepared',
        seq: message.seq,
        rows: prepare(decodeSpanBatch(message.bytes, message.count), message.serialized).map(toRowValues),
      });
    } catch (error) {
      post({ type: 'failed', seq: message.seq, message: errorMessage(error) });
    }
  });
}
