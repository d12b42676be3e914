/** Child process for the kill-and-resume test: exports the file at LLMTOP_DB to OTLP_URL in small batches. */
import { exportSpans } from '../export-spans.js';

const result = await exportSpans({
  path: process.env.LLMTOP_DB as string,
  endpoint: process.env.OTLP_URL as string,
  batchSize: Number(process.env.BATCH_SIZE ?? 100),
  retry: { initialBackoffMs: 10, maxAttempts: 2 },
});
process.stdout.write(`${JSON.stringify({ ok: result.ok, exported: result.exported })}\n`);
