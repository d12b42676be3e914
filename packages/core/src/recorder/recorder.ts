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

/**
 * Model calls never have children in any adapter, so they are not remembered after they end:
 * the most frequent spans then die young instead of ageing in `recent` (a measurable GC cost).
 */
const LEAF_KINDS: ReadonlySet<string> = new Set(['llm', 'embedding', 'evaluator']);

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
  /** Keys of `recent` in the order they ended: a ring, so forgetting the oldest allocates nothing. */
  const recentOrder = new Array<string | undefined>(recentLimit);
  let recentNext = 0;
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
    if (LEAF_KINDS.has(span.kind)) {
      onEnd(span);
      return;
    }
    const forgotten = recentOrder[recentNext];
    if (forgotten !== undefined) recent.delete(forgotten);
    recentOrder[recentNext] = key;
    recentNext = recentNext + 1 === recentLimit ? 0 : recentNext + 1;
    recent.set(key, parentInfo(span));
    onEnd(span);
  };

  const closeAsError = (key: string, span: SpanData, message: string) => {
    span.status = 'error';
    span.error = message;
    span.endMs = clock();
    finish(key, span);
  };

  // Field by field rather than a generic loop: this runs on every span's end.
  const applyPatch = (span: SpanData, patch: SpanPatch) => {
    if (patch.output !== undefined) span.output = patch.output;
    if (patch.usage !== undefined)
      span.usage = span.usage ? { ...span.usage, ...patch.usage } : { ...patch.usage };
    if (patch.responseModel !== undefined) span.responseModel = patch.responseModel;
    if (patch.finishReason !== undefined) span.finishReason = patch.finishReason;
    if (patch.attributes !== undefined)
      span.attributes = span.attributes
        ? { ...span.attributes, ...patch.attributes }
        : { ...patch.attributes };
    if (patch.status !== undefined) span.status = patch.status;
    if (patch.name !== undefined) span.name = patch.name;
    if (patch.agent !== undefined) span.agent = patch.agent;
    if (patch.sessionId !== undefined) span.sessionId = patch.sessionId;
    if (patch.userId !== undefined) span.userId = patch.userId;
    if (patch.feature !== undefined) span.feature = patch.feature;
    if (patch.tags !== undefined) span.tags = patch.tags;
    if (patch.provider !== undefined) span.provider = patch.provider;
    if (patch.requestModel !== undefined) span.requestModel = patch.requestModel;
  };

  function startSpan(key: string, init: SpanStart): void {
    if (open.has(key)) {
      errors.report(
        'recorder.duplicate-start',
        new Error(`span ${key} started twice; the second start is ignored`),
      );
      return;
    }
    const state = ambient.current();
    let parent = byKey(init.parentKey);
    parent ??=
      resolvers.size > 0 && init.parentFromAdapter !== true ? contextualParent(state?.active) : state?.active;
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
  }

  function updateSpan(key: string, patch: SpanPatch): void {
    const span = open.get(key);
    if (!span) return;
    applyPatch(span, patch);
    activity.set(key, clock());
  }

  function firstTokenSpan(key: string, atMs?: number): void {
    const span = open.get(key);
    if (span && span.firstTokenMs === undefined) {
      span.firstTokenMs = atMs ?? clock();
      activity.set(key, span.firstTokenMs);
    }
  }

  function endSpan(key: string, patch?: SpanEnd): void {
    const span = open.get(key);
    if (!span) return; // double end, or end before start: nothing to close
    if (patch) applyPatch(span, patch);
    span.endMs = patch?.endMs ?? clock();
    if (span.status === 'unset') span.status = 'ok';
    finish(key, span);
  }

  function errorSpan(key: string, cause: unknown, patch?: SpanEnd): void {
    const span = open.get(key);
    if (!span) return;
    if (patch) applyPatch(span, patch);
    span.status = 'error';
    span.error = errorMessage(cause);
    span.endMs = patch?.endMs ?? clock();
    finish(key, span);
  }

  function eventSpan(key: string, name: string, data?: unknown): void {
    const span = open.get(key);
    if (!span) return;
    const events = (span.attributes?.events as unknown[] | undefined) ?? [];
    events.push({ name, atMs: clock(), data });
    span.attributes = { ...span.attributes, events };
  }

  // One guard per method, written out: these run on every span and a wrapper closure costs.
  return {
    start(key: string, init: SpanStart) {
      try {
        startSpan(key, init);
      } catch (cause) {
        errors.report('recorder.start', cause);
      }
    },
    update(key: string, patch: SpanPatch) {
      try {
        updateSpan(key, patch);
      } catch (cause) {
        errors.report('recorder.update', cause);
      }
    },
    firstToken(key: string, atMs?: number) {
      try {
        firstTokenSpan(key, atMs);
      } catch (cause) {
        errors.report('recorder.firstToken', cause);
      }
    },
    end(key: string, patch?: SpanEnd) {
      try {
        endSpan(key, patch);
      } catch (cause) {
        errors.report('recorder.end', cause);
      }
    },
    error(key: string, cause: unknown, patch?: SpanEnd) {
      try {
        errorSpan(key, cause, patch);
      } catch (failure) {
        errors.report('recorder.error', failure);
      }
    },
    event(key: string, name: string, data?: unknown) {
      try {
        eventSpan(key, name, data);
      } catch (cause) {
        errors.report('recorder.event', cause);
      }
    },
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
