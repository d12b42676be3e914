/**
 * Starts one of llmtop's worker threads from the module beside the caller: the compiled `.js` in a
 * build, or the `.ts` source through tsx's loader when running from sources (tests, `tsx`).
 */
import { Worker } from 'node:worker_threads';

export function spawnWorker(callerUrl: string, name: string, workerData: unknown): Worker {
  if (callerUrl.endsWith('.ts')) {
    const entry = new URL(`./${name}.ts`, callerUrl).href;
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(bootstrap, { eval: true, workerData });
  }
  return new Worker(new URL(`./${name}.js`, callerUrl), { workerData });
}
