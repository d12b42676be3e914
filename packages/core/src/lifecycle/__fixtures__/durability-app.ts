/**
 * A small app for the durability tests, run as a child process:
 *   node --import tsx durability-app.ts <mode> <db> <spans>
 * It records <spans> spans, then ends the way <mode> says.
 */
import { createLlmtop } from '../../llmtop.js';

const [mode = 'normal', path = './durability.db', count = '500'] = process.argv.slice(2);
const llmtop = createLlmtop({ path, flushIntervalMs: 100 });

function record(n: number, offset = 0) {
  for (let i = 0; i < n; i++) {
    const key = `span-${offset + i}`;
    llmtop.recorder.start(key, { kind: 'llm', name: 'chat', input: `question ${offset + i}`, requestModel: 'gpt-4o-mini' });
    llmtop.recorder.end(key, { output: 'answer', usage: { input: 12, output: 3 } });
  }
}

if (mode === 'continuous') {
  // Ends spans without pause and reports how many have ended, for the SIGKILL test.
  let ended = 0;
  const tick = () => {
    record(50, ended);
    ended += 50;
    process.stdout.write(`${ended}\n`);
    setTimeout(tick, 10);
  };
  tick();
} else {
  record(Number(count));
  switch (mode) {
    case 'normal':
      break;
    case 'process-exit':
      process.exit(3);
      break;
    case 'uncaught':
      setImmediate(() => {
        throw new Error('the app crashed on its own');
      });
      break;
    case 'signal':
      process.stdout.write('ready\n');
      setInterval(() => {}, 1000);
      break;
    case 'signal-app-handler':
      process.on('SIGTERM', () => {
        process.stdout.write('app handler ran\n');
        process.exit(0);
      });
      process.stdout.write('ready\n');
      setInterval(() => {}, 1000);
      break;
  }
}
