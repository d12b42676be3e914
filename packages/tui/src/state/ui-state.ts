/**
 * What the user is looking at, and how keys change it: a pure reducer, so every key binding is
 * unit-tested without a terminal. The view translates terminal key events into `KeyInput`.
 */
import type { SpanFilter } from '@llmtop/core/sqlite';
import { AGENT_SORT_KEYS, type AgentSortKey } from '../model/agents-model.js';
import type { ChartBy } from '../model/charts-model.js';
import { formatFilterText, parseFilterText } from '../model/filter-text.js';

export const WINDOWS = [
  { label: '5m', ms: 5 * 60_000 },
  { label: '15m', ms: 15 * 60_000 },
  { label: '1h', ms: 60 * 60_000 },
  { label: '6h', ms: 6 * 60 * 60_000 },
  { label: '24h', ms: 24 * 60 * 60_000 },
  { label: '7d', ms: 7 * 24 * 60 * 60_000 },
] as const;
export const DEFAULT_WINDOW = 2;

export type Pane = 'agents' | 'stream';

export interface UiState {
  mode: 'main' | 'trace' | 'alerts';
  help: boolean;
  prompt: { kind: 'filter' | 'search'; text: string } | undefined;
  /** A message shown in the footer until the next key (e.g. a filter syntax error). */
  notice: string | undefined;
  focus: Pane;
  filter: SpanFilter;
  windowIndex: number;
  sort: AgentSortKey;
  descending: boolean;
  chartBy: ChartBy;
  showCharts: boolean;
  agentsCursor: number;
  streamCursor: number;
  alertsCursor: number;
  trace: { traceId: string; cursor: number; detailScroll: number; focus: 'tree' | 'detail' } | undefined;
}

export function initialUiState(): UiState {
  return {
    mode: 'main',
    help: false,
    prompt: undefined,
    notice: undefined,
    focus: 'stream',
    filter: {},
    windowIndex: DEFAULT_WINDOW,
    sort: 'cost',
    descending: true,
    chartBy: 'feature',
    showCharts: true,
    agentsCursor: 0,
    streamCursor: 0,
    alertsCursor: 0,
    trace: undefined,
  };
}

/** A key press, independent of the terminal library. `name` uses blessed's names (`up`, `enter`, `escape`…). */
export interface KeyInput {
  name?: string | undefined;
  ch?: string | undefined;
  ctrl?: boolean | undefined;
}

/** What the lists currently hold, so keys can act on the selected item. */
export interface KeyContext {
  agents: readonly (string | null)[];
  stream: readonly { traceId: string; spanId: string }[];
  /** Alert ids in display order. */
  alerts: readonly { id: number; acknowledged: boolean }[];
  traceSpans: number;
  detailLines: number;
  /** Rows a page moves. */
  page: number;
}

export type Effect = { type: 'quit' } | { type: 'ack'; alertId: number };

export interface KeyResult {
  state: UiState;
  effects: Effect[];
}

const clamp = (value: number, count: number) => Math.max(0, Math.min(value, Math.max(0, count - 1)));

function moveBy(key: KeyInput, page: number): number | 'home' | 'end' | undefined {
  switch (key.name) {
    case 'up':
      return -1;
    case 'down':
      return 1;
    case 'pageup':
      return -page;
    case 'pagedown':
      return page;
    case 'home':
      return 'home';
    case 'end':
      return 'end';
  }
  if (key.ch === 'k') return -1;
  if (key.ch === 'j') return 1;
  return undefined;
}

function moved(cursor: number, delta: number | 'home' | 'end', count: number): number {
  if (delta === 'home') return 0;
  if (delta === 'end') return Math.max(0, count - 1);
  return clamp(cursor + delta, count);
}

function reducePrompt(state: UiState, key: KeyInput): UiState {
  const prompt = state.prompt!;
  if (key.name === 'escape') return { ...state, prompt: undefined };
  if (key.name === 'enter' || key.name === 'return') {
    if (prompt.kind === 'search') {
      const filter = { ...state.filter };
      if (prompt.text.trim() === '') delete filter.search;
      else filter.search = prompt.text.trim();
      return { ...state, prompt: undefined, filter, streamCursor: 0, agentsCursor: 0 };
    }
    const parsed = parseFilterText(prompt.text);
    if (!parsed.ok) return { ...state, notice: parsed.error };
    return { ...state, prompt: undefined, filter: parsed.filter, streamCursor: 0, agentsCursor: 0 };
  }
  if (key.name === 'backspace')
    return { ...state, prompt: { ...prompt, text: [...prompt.text].slice(0, -1).join('') } };
  if (key.ctrl && key.name === 'u') return { ...state, prompt: { ...prompt, text: '' } };
  if (key.ch && !key.ctrl && key.ch >= ' ' && key.ch !== '\x7f') {
    return { ...state, prompt: { ...prompt, text: prompt.text + key.ch } };
  }
  return state;
}

function reduceMain(state: UiState, key: KeyInput, context: KeyContext): KeyResult {
  const none = (next: UiState): KeyResult => ({ state: next, effects: [] });
  const delta = moveBy(key, context.page);
  if (delta !== undefined) {
    return none(
      state.focus === 'agents'
        ? { ...state, agentsCursor: moved(state.agentsCursor, delta, context.agents.length) }
        : { ...state, streamCursor: moved(state.streamCursor, delta, context.stream.length) },
    );
  }
  if (key.name === 'tab') return none({ ...state, focus: state.focus === 'agents' ? 'stream' : 'agents' });
  if (key.name === 'enter' || key.name === 'return' || key.ch === 't') {
    if (state.focus === 'agents') {
      if (context.agents.length === 0) return none(state);
      const agent = context.agents[clamp(state.agentsCursor, context.agents.length)];
      const filter = { ...state.filter };
      if (agent === null || agent === undefined || filter.agent === agent) delete filter.agent;
      else filter.agent = agent;
      return none({ ...state, filter, streamCursor: 0, agentsCursor: 0 });
    }
    const span = context.stream[clamp(state.streamCursor, context.stream.length)];
    if (!span) return none(state);
    return none({
      ...state,
      mode: 'trace',
      trace: { traceId: span.traceId, cursor: 0, detailScroll: 0, focus: 'tree' },
    });
  }
  if (key.name === 'escape') {
    if (state.filter.search) {
      const filter = { ...state.filter };
      delete filter.search;
      return none({ ...state, filter });
    }
    return none(state);
  }
  switch (key.ch) {
    case 'f':
      return none({
        ...state,
        prompt: { kind: 'filter', text: formatFilterText({ ...state.filter, search: '' }) },
      });
    case '/':
      return none({ ...state, prompt: { kind: 'search', text: state.filter.search ?? '' } });
    case 'e': {
      const filter = { ...state.filter };
      if (filter.errorsOnly) delete filter.errorsOnly;
      else filter.errorsOnly = true;
      return none({ ...state, filter, streamCursor: 0 });
    }
    case 'c':
      return none({ ...state, filter: {}, streamCursor: 0, agentsCursor: 0 });
    case 's': {
      const index = AGENT_SORT_KEYS.indexOf(state.sort);
      const sort = AGENT_SORT_KEYS[(index + 1) % AGENT_SORT_KEYS.length]!;
      return none({ ...state, sort, descending: sort !== 'agent' });
    }
    case 'S':
      return none({ ...state, descending: !state.descending });
    case 'w':
      return none({ ...state, windowIndex: Math.min(WINDOWS.length - 1, state.windowIndex + 1) });
    case 'W':
      return none({ ...state, windowIndex: Math.max(0, state.windowIndex - 1) });
    case 'm':
      return none({ ...state, chartBy: state.chartBy === 'feature' ? 'model' : 'feature' });
    case 'g':
      return none({ ...state, showCharts: !state.showCharts });
    case 'a':
      return none({ ...state, mode: 'alerts', alertsCursor: 0 });
  }
  return none(state);
}

function reduceTrace(state: UiState, key: KeyInput, context: KeyContext): KeyResult {
  const trace = state.trace!;
  const none = (next: UiState): KeyResult => ({ state: next, effects: [] });
  if (key.name === 'escape' || key.name === 'backspace' || key.name === 'left' || key.ch === 'h') {
    return none({ ...state, mode: 'main', trace: undefined });
  }
  if (key.name === 'tab' || key.name === 'right' || key.name === 'enter' || key.name === 'return') {
    const focus = key.name === 'tab' ? (trace.focus === 'tree' ? 'detail' : 'tree') : 'detail';
    return none({ ...state, trace: { ...trace, focus } });
  }
  const delta = moveBy(key, context.page);
  if (delta === undefined) return none(state);
  if (trace.focus === 'tree') {
    return none({
      ...state,
      trace: { ...trace, cursor: moved(trace.cursor, delta, context.traceSpans), detailScroll: 0 },
    });
  }
  return none({
    ...state,
    trace: { ...trace, detailScroll: moved(trace.detailScroll, delta, context.detailLines) },
  });
}

function reduceAlerts(state: UiState, key: KeyInput, context: KeyContext): KeyResult {
  const none = (next: UiState): KeyResult => ({ state: next, effects: [] });
  if (key.name === 'escape' || key.name === 'backspace' || key.ch === 'a')
    return none({ ...state, mode: 'main' });
  if (key.name === 'enter' || key.name === 'return' || key.ch === 'x') {
    const alert = context.alerts[clamp(state.alertsCursor, context.alerts.length)];
    if (!alert || alert.acknowledged) return none(state);
    return { state, effects: [{ type: 'ack', alertId: alert.id }] };
  }
  const delta = moveBy(key, context.page);
  if (delta === undefined) return none(state);
  return none({ ...state, alertsCursor: moved(state.alertsCursor, delta, context.alerts.length) });
}

export function reduceKey(state: UiState, key: KeyInput, context: KeyContext): KeyResult {
  if (key.ctrl && key.name === 'c') return { state, effects: [{ type: 'quit' }] };
  const cleared = state.notice ? { ...state, notice: undefined } : state;
  if (cleared.prompt) return { state: reducePrompt(cleared, key), effects: [] };
  if (cleared.help) return { state: { ...cleared, help: false }, effects: [] };
  if (key.ch === 'q') return { state: cleared, effects: [{ type: 'quit' }] };
  if (key.ch === '?' || key.name === 'f1' || (key.ch === 'h' && cleared.mode === 'main')) {
    return { state: { ...cleared, help: true }, effects: [] };
  }
  if (cleared.mode === 'trace' && cleared.trace) return reduceTrace(cleared, key, context);
  if (cleared.mode === 'alerts') return reduceAlerts(cleared, key, context);
  return reduceMain(cleared, key, context);
}
