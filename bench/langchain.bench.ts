/**
 * LangChain handler overhead: µs per chat-model call (same scripted model, ~1 KiB prompt and
 * reply) with no handler, with an awaited no-op `BaseCallbackHandler`, and with ours recording
 * into a real `createLlmtop` on a temp file. Configurations alternate within each round; added
 * costs and the ratio are paired per round, then the median over rounds is printed.
 *
 * Target: ours − no-op ≤ 25 % of (no-op − none), i.e. we add at most a quarter of what LangChain's
 * own dispatch to any handler costs.
 *
 * A paced pass follows (one call per millisecond at most, so the writer keeps up): only the app
 * thread's CPU time per call counts there. Each call then runs with cold caches, which costs every
 * configuration several times its loop figure; it is printed as measured.
 *
 * Two no-op baselines. `noop` is awaited like ours, so LangChain dispatches to both the same way and
 * the difference is our own work — the strict figure, and the one the target is judged on.
 * `noop-bg` keeps LangChain's default (every callback through its background promise queue): what a
 * plain `BaseCallbackHandler` subclass costs an app, and the setting of the figures quoted in the
 * issue (no handler ~11 µs, no-op ~35–42 µs). Its ratio is printed for comparison only.
 *
 * Two clocks per batch: wall time, and the CPU time of the app's (main) thread from Linux's
 * per-thread schedstat. On this shared 2-core machine the writer worker (masking, SQLite) and other
 * processes compete for the cores, which inflates wall time by whatever else runs; the main
 * thread's CPU time is what llmtop adds to the app itself. Both are printed, with the CPU time the
 * other threads (the writer worker) spent per call.
 *
 * A `setImmediate` turn every 20 calls lets timers (llmtop's flush, LangChain's queue) run inside
 * the timed window, as they would between real network-bound calls (a turn after every call made
 * the figures swing by ±50 % on this shared 2-core machine). The writer worker is flushed between
 * configurations, outside the timed window, so it never competes with the next one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLlmtop } from '../packages/core/src/index.js';
import {
  awaitAllCallbacks,
  BackgroundNoopHandler,
  type BaseCallbackHandler,
  NoopHandler,
} from '../packages/langchain/src/__fixtures__/noop-handler.js';
import { ScriptedChatModel } from '../packages/langchain/src/__fixtures__/scripted-chat-model.js';
import { LlmtopCallbackHandler } from '../packages/langchain/src/index.js';
import { recorderless } from './recorderless.js';
import { mainThreadCpuUs, median, processCpuUs } from './stats.js';

/** ~1 KiB prompt and reply, the same scripted model for every configuration. */
const PROMPT = 'Please summarise the following text. '.repeat(28);
const REPLY = 'The answer, at some length. '.repeat(37);
const model = new ScriptedChatModel({
  modelName: 'bench-model',
  provider: 'openai',
  respond: () => ({ content: REPLY }),
});

const TURN_EVERY = 20;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const gc = (globalThis as { gc?: () => void }).gc;

export async function bench(): Promise<void> {
  const rounds = Number(process.env.LLMTOP_BENCH_ROUNDS ?? 7);
  const calls = Number(process.env.LLMTOP_BENCH_CALLS ?? 4000);
  const dir = mkdtempSync(join(tmpdir(), 'llmtop-lc-bench-'));
  const llmtop = createLlmtop({ path: join(dir, 'bench.db'), handleExit: false });
  const configs: Record<string, { callbacks?: BaseCallbackHandler[] }> = {
    none: {},
    noop: { callbacks: [new NoopHandler()] },
    'noop-bg': { callbacks: [new BackgroundNoopHandler()] },
    llmtop: { callbacks: [new LlmtopCallbackHandler(llmtop, { feature: 'bench' })] },
    // The handler alone: ours over a recorder that does nothing, to separate its cost from core's.
    handler: { callbacks: [new LlmtopCallbackHandler(recorderless(), { feature: 'bench' })] },
  };
  const names = Object.keys(configs);

  interface Timing {
    wall: number;
    cpu: number;
  }
  /** CPU µs per call spent by threads other than the main one (the writer worker), per config. */
  const otherCpu: Record<string, number[]> = {};
  const batch = async (config: { callbacks?: BaseCallbackHandler[] }, n: number): Promise<Timing> => {
    gc?.();
    const start = process.hrtime.bigint();
    const cpuStart = mainThreadCpuUs() ?? Number.NaN;
    for (let i = 0; i < n; i++) {
      await model.invoke(PROMPT, config);
      if (i % TURN_EVERY === 0) await turn();
    }
    await awaitAllCallbacks();
    const cpuEnd = mainThreadCpuUs() ?? Number.NaN;
    return { wall: Number(process.hrtime.bigint() - start) / 1000 / n, cpu: (cpuEnd - cpuStart) / n };
  };

  try {
    for (const name of names) await batch(configs[name] as object, Math.min(500, calls)); // warm-up
    const perRound: Record<string, number>[] = [];
    const cpuPerRound: Record<string, number>[] = [];
    for (let round = 0; round < rounds; round++) {
      const result: Record<string, number> = {};
      const cpuResult: Record<string, number> = {};
      const order = names.map((_, i) => names[(i + round) % names.length] as string);
      for (const name of order) {
        const processBefore = processCpuUs();
        const mainBefore = mainThreadCpuUs() ?? Number.NaN;
        const timing = await batch(configs[name] as object, calls);
        // Let the writer worker finish outside the timed window, so it never competes with the next config.
        await llmtop.flush();
        const others = processCpuUs() - processBefore - ((mainThreadCpuUs() ?? Number.NaN) - mainBefore);
        const perCall = otherCpu[name] ?? [];
        perCall.push(others / calls);
        otherCpu[name] = perCall;
        result[name] = timing.wall;
        cpuResult[name] = timing.cpu;
      }
      perRound.push(result);
      cpuPerRound.push(cpuResult);
      await llmtop.flush();
    }
    const col = (name: string) => perRound.map((r) => r[name] as number);
    const dispatch = perRound.map((r) => (r.noop as number) - (r.none as number));
    const ours = perRound.map((r) => (r.llmtop as number) - (r.noop as number));
    const ratio = ours.map((added, i) => added / (dispatch[i] as number));
    await llmtop.flush();
    const stats = llmtop.stats();
    const fmt = (v: number) => v.toFixed(2).padStart(7);
    console.log(
      `langchain handler overhead — ${rounds} rounds × ${calls} model.invoke() calls per config (median µs/call, min..max)`,
    );
    for (const name of names) {
      const values = col(name);
      console.log(
        `  ${name.padEnd(7)} ${fmt(median(values))} µs  (${Math.min(...values).toFixed(1)}..${Math.max(...values).toFixed(1)})`,
      );
    }
    console.log(`  LangChain dispatch to a no-op handler (noop − none, paired): ${fmt(median(dispatch))} µs`);
    console.log(`  llmtop added over the no-op handler (llmtop − noop, paired): ${fmt(median(ours))} µs`);
    console.log(
      `  ratio (llmtop − noop) / (noop − none): ${(median(ratio) * 100).toFixed(1)} % (target ≤ 25 %; per round ${ratio.map((r) => (r * 100).toFixed(0)).join(', ')} %)`,
    );
    const bgDispatch = perRound.map((r) => (r['noop-bg'] as number) - (r.none as number));
    const oursOverBg = perRound.map((r) => (r.llmtop as number) - (r['noop-bg'] as number));
    console.log(
      `  for comparison, LangChain's default (background) no-op: dispatch ${fmt(median(bgDispatch))} µs; llmtop − noop-bg ${fmt(median(oursOverBg))} µs → ${(median(oursOverBg.map((added, i) => added / (bgDispatch[i] as number))) * 100).toFixed(1)} %`,
    );
    const handlerOnly = perRound.map((r) => (r.handler as number) - (r.noop as number));
    console.log(`  of which the handler itself (handler − noop, paired): ${fmt(median(handlerOnly))} µs`);
    const best = (name: string) => Math.min(...col(name));
    const bestRatio = (best('llmtop') - best('noop')) / (best('noop') - best('none'));
    console.log(
      `  best-of-rounds: none ${fmt(best('none'))}, noop ${fmt(best('noop'))}, llmtop ${fmt(best('llmtop'))}, handler ${fmt(best('handler'))} µs → ratio ${(bestRatio * 100).toFixed(1)} %`,
    );
    if (cpuPerRound.every((r) => Number.isFinite(r.none as number))) {
      const cpuCol = (name: string) => cpuPerRound.map((r) => r[name] as number);
      const cpuDispatch = cpuPerRound.map((r) => (r.noop as number) - (r.none as number));
      const cpuOurs = cpuPerRound.map((r) => (r.llmtop as number) - (r.noop as number));
      const cpuRatio = cpuOurs.map((added, i) => added / (cpuDispatch[i] as number));
      console.log('  app (main) thread CPU time per call, median over rounds:');
      for (const name of names) {
        const others = median(otherCpu[name] ?? []);
        console.log(
          `    ${name.padEnd(7)} ${fmt(median(cpuCol(name)))} µs   (other threads, i.e. the writer worker: ${fmt(others)} µs)`,
        );
      }
      console.log(`    dispatch (noop − none): ${fmt(median(cpuDispatch))} µs`);
      console.log(`    llmtop added (llmtop − noop): ${fmt(median(cpuOurs))} µs`);
      console.log(
        `    ratio on the app thread: ${(median(cpuRatio) * 100).toFixed(1)} % (target ≤ 25 %; per round ${cpuRatio.map((r) => (r * 100).toFixed(0)).join(', ')} %)`,
      );
    }
    if (mainThreadCpuUs() !== undefined) await paced(configs, llmtop);
    console.log(
      `  spans written: ${stats.spansWritten} of ${stats.spansRecorded} recorded, internal errors ${stats.internalErrors}`,
    );
  } finally {
    await llmtop.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same configurations at a paced rate — one call per millisecond at most (a timer between
 * calls), still far more than an app waiting on real models makes — so the writer keeps up and does
 * not compete with the app for the cores. Only the app thread's CPU time counts (the waits do not).
 */
async function paced(
  configs: Record<string, { callbacks?: BaseCallbackHandler[] }>,
  llmtop: { flush(): Promise<void> },
): Promise<void> {
  const rounds = Number(process.env.LLMTOP_BENCH_PACED_ROUNDS ?? 5);
  const calls = Number(process.env.LLMTOP_BENCH_PACED_CALLS ?? 800);
  const names = ['none', 'noop', 'llmtop'];
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
  const perRound: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const result: Record<string, number> = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length] as string;
      const config = configs[name] as object;
      const before = mainThreadCpuUs() ?? Number.NaN;
      for (let call = 0; call < calls; call++) {
        await model.invoke(PROMPT, config);
        await pause();
      }
      await awaitAllCallbacks();
      result[name] = ((mainThreadCpuUs() ?? Number.NaN) - before) / calls;
      await llmtop.flush();
    }
    perRound.push(result);
  }
  const col = (name: string) => median(perRound.map((r) => r[name] as number));
  const ratio = median(
    perRound.map(
      (r) => ((r.llmtop as number) - (r.noop as number)) / ((r.noop as number) - (r.none as number)),
    ),
  );
  console.log(
    `  paced, ≤ 1 call/ms (${rounds} rounds × ${calls} calls): app-thread CPU per call none ${col('none').toFixed(2)}, noop ${col('noop').toFixed(2)}, llmtop ${col('llmtop').toFixed(2)} µs → llmtop − noop = ${(ratio * 100).toFixed(1)} % of dispatch (timer turns included in every configuration alike)`,
  );
}
