import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLlmtop } from '../llmtop.js';
import { BACKGROUND_NICE } from './thread-priority.js';

/** `nice` of every thread of this process, by thread id (Linux /proc). */
function niceByThread(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name: state is field 3, nice field 19.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), Number(fields[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

const backgroundThreads = () =>
  [...niceByThread().values()].filter((nice) => nice === BACKGROUND_NICE).length;

describe.runIf(process.platform === 'linux')('background thread priority', () => {
  it('runs the writer and the pipeline worker below the app, and leaves the app thread alone', async () => {
    const appNice = niceByThread().get(process.pid);
    expect(backgroundThreads()).toBe(0);
    const llmtop = createLlmtop({
      path: join(mkdtempSync(join(tmpdir(), 'llmtop-nice-')), 'nice.db'),
      handleExit: false,
      pipelineWorker: 'always',
    });
    llmtop.recorder.start('a', { kind: 'llm', name: 'chat', input: 'hello' });
    llmtop.recorder.end('a', { output: 'hi' });
    await llmtop.flush();
    // The writer and the pipeline worker (threads they start inherit their priority).
    expect(backgroundThreads()).toBeGreaterThanOrEqual(2);
    expect(niceByThread().get(process.pid)).toBe(appNice);
    await llmtop.shutdown();
  });
});
