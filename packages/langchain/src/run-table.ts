/**
 * The handler's open LangChain runs: what it must remember between a run's start and its end
 * (agent, the span key children attach to, streaming state). Bounded: beyond `maxRuns` the oldest
 * run is evicted; a run with no open children and no activity for `timeoutMs` expires (an
 * abandoned stream, a tool whose end never came). Both are handed to `onExpire` and counted.
 * The sweep timer exists only while runs are open and never keeps the process alive.
 */
import type { TokenUsage } from '@llmtop/core';

export interface RunState {
  readonly id: string;
  readonly parent: RunState | undefined;
  /** Recorded as a span? Hidden runs are not; their children attach to `spanKey`. */
  readonly hidden: boolean;
  /** Recorder key children attach to: the run's own id, or a hidden run's visible ancestor's. */
  readonly spanKey: string | undefined;
  /** The nearest agent this run belongs to, as far as the handler knows. */
  agent: string | undefined;
  /** A root-graph node made an agent by the default rule (its subgraph may rename it). */
  nodeAgent: boolean;
  openChildren: number;
  lastActivityMs: number;
  sawFirstToken: boolean;
  streamedUsage: TokenUsage | undefined;
}

export type ExpiryReason = 'evicted' | 'timeout';

export interface RunTableOptions {
  maxRuns: number;
  timeoutMs: number;
  onExpire: (run: RunState, reason: ExpiryReason) => void;
  now?: () => number;
}

export class RunTable {
  private readonly runs = new Map<string, RunState>();
  private readonly now: () => number;
  private timer: ReturnType<typeof setInterval> | undefined;
  evicted = 0;
  timedOut = 0;

  constructor(private readonly options: RunTableOptions) {
    this.now = options.now ?? performance.now.bind(performance);
  }

  get size(): number {
    return this.runs.size;
  }

  get(id: string): RunState | undefined {
    return this.runs.get(id);
  }

  has(id: string): boolean {
    return this.runs.has(id);
  }

  open(
    id: string,
    parent: RunState | undefined,
    hidden: boolean,
    agent: string | undefined,
    nodeAgent: boolean,
  ): RunState {
    if (this.runs.size >= this.options.maxRuns) this.evictOldest();
    const now = this.now();
    const run: RunState = {
      id,
      parent,
      hidden,
      spanKey: hidden ? parent?.spanKey : id,
      agent,
      nodeAgent,
      openChildren: 0,
      lastActivityMs: now,
      sawFirstToken: false,
      streamedUsage: undefined,
    };
    if (parent) {
      parent.openChildren++;
      parent.lastActivityMs = now;
    }
    this.runs.set(id, run);
    if (this.timer === undefined) this.startTimer();
    return run;
  }

  /** Forgets a run that ended. */
  close(run: RunState): void {
    if (!this.runs.delete(run.id)) return;
    const parent = run.parent;
    if (parent && parent.openChildren > 0) {
      parent.openChildren--;
      parent.lastActivityMs = this.now();
    }
  }

  touch(run: RunState): void {
    run.lastActivityMs = this.now();
  }

  /** Expires runs idle for longer than the timeout. Returns how many expired. */
  sweep(): number {
    const deadline = this.now() - this.options.timeoutMs;
    let expired = 0;
    for (const run of this.runs.values()) {
      if (run.openChildren > 0 || run.lastActivityMs > deadline) continue;
      expired += this.expire(run, 'timeout', deadline);
    }
    return expired;
  }

  private expire(run: RunState, reason: ExpiryReason, deadline: number): number {
    if (!this.runs.delete(run.id)) return 0;
    if (reason === 'timeout') this.timedOut++;
    else this.evicted++;
    this.options.onExpire(run, reason);
    let expired = 1;
    // An ancestor left waiting only for this run, and itself idle, expires with it.
    const parent = run.parent;
    if (parent && parent.openChildren > 0) {
      parent.openChildren--;
      if (reason === 'timeout' && parent.openChildren === 0 && parent.lastActivityMs <= deadline) {
        expired += this.expire(parent, 'timeout', deadline);
      }
    }
    return expired;
  }

  private evictOldest(): void {
    const oldest = this.runs.values().next().value;
    if (oldest) this.expire(oldest, 'evicted', Number.NEGATIVE_INFINITY);
  }

  private startTimer(): void {
    const periodMs = Math.min(Math.max(this.options.timeoutMs / 2, 10), 5_000);
    this.timer = setInterval(() => {
      this.sweep();
      if (this.runs.size === 0) this.stopTimer();
    }, periodMs);
    this.timer.unref?.();
  }

  stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
