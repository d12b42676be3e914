/**
 * The recorder: turns adapters' start/end calls (keyed by their own run ids) into finished spans.
 * O(1) per call on the app's path; never throws (one guard around every method).
 *
 * Parent resolution: the `parentKey` if that run is open or recently ended; else the ambient span
 * (`llmtop.span`); else an active OpenTelemetry span; else the span starts a new trace.
 * Inheritance: agent, session, user, feature and tags come from the span itself, else its parent,
 * else the ambient context. An `agent` span names the agent for everything below it.
 */
import type { AmbientContextStore } from '../context/ambient-context.js';
import type { SpanData } from '../span/span-record.js';
import type { Clock } from '../util/clock.js';
import { errorMessage } from '../util/error-message.js';
import type { IdGenerator } from '../util/ids.js';
import type { InternalErrors } from '../util/internal-errors.js';
import { activeOtelParent } from './otel-parent.js';
import type { Recorder, SpanEnd, SpanPatch, SpanRef, SpanStart } from './recorder.types.js';

export interface RecorderOptions {
  clock: Clock;
  ids: IdGenerator;
  ambient: AmbientContextStore;
  errors: InternalErrors;
  /** Receives every span exactly once, when it ends. */
  onEnd: (span: SpanData) => void;
  /** Open spans kept at most; the oldest is closed as an error beyond it. Default 10,000. */
  maxOpenSpans?: number;
  /** A span with no activity (start, update, first token, a child starting) for this long is closed as an error by `sweep()`. Default 10 minutes. */
  openSpanTimeoutMs?: number;
  /** Ended spans remembered so late children still find their parent. Default 2,000. */
  recentlyEnded?: number;
}

interface ParentInfo extends SpanRef {
  startMs?: number;
  sessionId?: string;
  userId?: string;
  feature?: string;
  tags?: string[];
}

export interface RecorderInternals extends Recorder {
  /** Closes spans open longer than the timeout. Returns how many it closed. */
  sweep(): number;
  readonly evicted: number;
}

export function createRecorder(options: RecorderOptions): RecorderInternals {
  const { clock, ids, ambient, errors, onEnd } = options;
  const maxOpen = options.maxOpenSpans ?? 10_000;
  const timeoutMs = options.openSpanTimeoutMs ?? 10 * 60_000;
  const recentLimit = options.recentlyEnded ?? 2_000;
  const open = new Map<string, SpanData>();
  const recent = new Map<string, ParentInfo>();
  let evicted = 0;
  const resolvers = new Set<() => string | undefined>();
  /** Last activity (start, update, token, event, a child starting) per open span, for the sweep. */
  const activity = new Map<string, number>();
  const byKey = (key: string | undefined): ParentInfo | undefined => {
    if (key === undefined) return undefined;
    const openSpan = open.get(key);
    return openSpan ? parentInfo(openSpan) : recent.get(key);
  };
  /** The innermost of the ambient span and the spans adapters report as current. */
  const contextualParent = (ambientActive: SpanRef | undefined): ParentInfo | undefined => {
    let best: ParentInfo | undefined = ambientActive;
    for (const resolve of resolvers) {
      let candidate: ParentInfo | undefined;
      try {
        candidate = byKey(resolve());
      } catch (error) {
        errors.report('recorder.parent-resolver', error);
      }
      if (
        candidate &&
        (best === undefined || (candidate.startMs ?? 0) > ((best as ParentInfo).startMs ?? 0))
      ) {
        best = candidate;
      }
    }
    return best;
  };

  const parentInfo = (span: SpanData): ParentInfo => {
    const info: ParentInfo = { traceId: span.traceId, spanId: span.spanId, startMs: span.startMs };
    if (span.agent !== undefined) info.agent = span.agent;
    if (span.sessionId !== undefined) info.sessionId = span.sessionId;
    if (span.userId !== undefined) info.userId = span.userId;
    if (span.feature !== undefined) info.feature = span.feature;
    if (span.tags !== undefined) info.tags = span.tags;
    return info;
  };

  const finish = (key: string, span: SpanData) => {
    open.delete(key);
    activity.delete(key);
    recent.set(key, parentInfo(span));
    if (recent.size > recentLimit) recent.delete(recent.keys().next().value as string);
    onEnd(span);
  };

  const closeAsError = (key: string, span: SpanData, message: string) => {
    span.status = 'error';
    span.error = message;
    span.endMs = clock();
    finish(key, span);
  };

  const applyPatch = (span: SpanData, patch: SpanPatch) => {
    for (const field of Object.keys(patch) as (keyof SpanPatch)[]) {
      const value = patch[field];
      if (value === undefined) continue;
      if (field === 'attributes') {
        span.attributes = span.attributes
          ? { ...span.attributes, ...(value as object) }
          : { ...(value as object) };
      } else if (field === 'usage') {
        span.usage = span.usage ? { ...span.usage, ...(value as object) } : { ...(value as object) };
      } else {
        (span as unknown as Record<string, unknown>)[field] = value;
      }
    }
  };

  const guard = <A extends unknown[]>(name: string, fn: (...args: A) => void) => {
    return (...args: A): void => {
      try {
        fn(...args);
      } catch (error) {
        errors.report(`recorder.${name}`, error);
      }
    };
  };

  const start = guard('start', (key: string, init: SpanStart) => {
    if (open.has(key)) {
      errors.report(
        'recorder.duplicate-start',
        new Error(`span ${key} started twice; the second start is ignored`),
      );
      return;
    }
    const state = ambient.current();
    let parent = byKey(init.parentKey);
    parent ??= resolvers.size > 0 ? contextualParent(state?.active) : state?.active;
    let traceId: string;
    let parentSpanId: string | undefined;
    if (parent) {
      traceId = parent.traceId;
      parentSpanId = parent.spanId;
    } else {
      const otel = activeOtelParent();
      traceId = otel?.traceId ?? ids.traceId();
      parentSpanId = otel?.spanId;
    }
    const span: SpanData = {
      traceId,
      spanId: ids.spanId(),
      kind: init.kind,
      name: init.name,
      status: 'unset',
      startMs: init.startMs ?? clock(),
      endMs: 0,
    };
    if (parentSpanId !== undefined) span.parentSpanId = parentSpanId;
    const agent =
      init.kind === 'agent' ? (init.agent ?? init.name) : (init.agent ?? parent?.agent ?? state?.agent);
    if (agent !== undefined) span.agent = agent;
    const sessionId = init.sessionId ?? parent?.sessionId ?? state?.sessionId;
    if (sessionId !== undefined) span.sessionId = sessionId;
    const userId = init.userId ?? parent?.userId ?? state?.userId;
    if (userId !== undefined) span.userId = userId;
    const feature = init.feature ?? parent?.feature ?? state?.feature;
    if (feature !== undefined) span.feature = feature;
    const tags = init.tags ?? parent?.tags ?? state?.tags;
    if (tags !== undefined) span.tags = tags;
    if (init.input !== undefined) span.input = init.input;
    if (init.attributes !== undefined) span.attributes = { ...init.attributes };
    if (init.provider !== undefined) span.provider = init.provider;
    if (init.requestModel !== undefined) span.requestModel = init.requestModel;
    if (init.responseModel !== undefined) span.responseModel = init.responseModel;
    if (init.usage !== undefined) span.usage = { ...init.usage };
    if (init.finishReason !== undefined) span.finishReason = init.finishReason;
    if (open.size >= maxOpen) {
      const [oldestKey, oldest] = open.entries().next().value as [string, SpanData];
      evicted++;
      closeAsError(oldestKey, oldest, `[llmtop: closed, more than ${maxOpen} spans were open]`);
    }
    open.set(key, span);
    if (init.parentKey !== undefined && open.has(init.parentKey)) activity.set(init.parentKey, span.startMs);
  });

  const update = guard('update', (key: string, patch: SpanPatch) => {
    const span = open.get(key);
    if (!span) return;
    applyPatch(span, patch);
    activity.set(key, clock());
  });

  const firstToken = guard('firstToken', (key: string, atMs?: number) => {
    const span = open.get(key);
    if (span && span.firstTokenMs === undefined) {
      span.firstTokenMs = atMs ?? clock();
      activity.set(key, span.firstTokenMs);
    }
  });

  const end = guard('end', (key: string, patch?: SpanEnd) => {
    const span = open.get(key);
    if (!span) return; // double end, or end before start: nothing to close
    if (patch) applyPatch(span, patch);
    span.endMs = patch?.endMs ?? clock();
    if (span.status === 'unset') span.status = 'ok';
    finish(key, span);
  });

  const error = guard('error', (key: string, cause: unknown, patch?: SpanEnd) => {
    const span = open.get(key);
    if (!span) return;
    if (patch) applyPatch(span, patch);
    span.status = 'error';
    span.error = errorMessage(cause);
    span.endMs = patch?.endMs ?? clock();
    finish(key, span);
  });

  const event = guard('event', (key: string, name: string, data?: unknown) => {
    const span = open.get(key);
    if (!span) return;
    const events = (span.attributes?.events as unknown[] | undefined) ?? [];
    events.push({ name, atMs: clock(), data });
    span.attributes = { ...span.attributes, events };
  });

  return {
    start,
    update,
    firstToken,
    end,
    error,
    event,
    ref(key) {
      try {
        const span = open.get(key);
        if (span) return parentInfo(span);
        return recent.get(key);
      } catch (cause) {
        errors.report('recorder.ref', cause);
        return undefined;
      }
    },
    addParentResolver(resolver) {
      resolvers.add(resolver);
      return () => resolvers.delete(resolver);
    },
    get openSpans() {
      return open.size;
    },
    get evicted() {
      return evicted;
    },
    sweep() {
      let closed = 0;
      try {
        const deadline = clock() - timeoutMs;
        for (const [key, span] of open) {
          if ((activity.get(key) ?? span.startMs) > deadline) continue;
          closeAsError(key, span, `[llmtop: abandoned, no end and no activity within ${timeoutMs} ms]`);
          closed++;
        }
      } catch (cause) {
        errors.report('recorder.sweep', cause);
      }
      return closed;
    },
  };
}
