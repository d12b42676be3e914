/**
 * Data + UI state + terminal size → everything the view draws, and the key context. Pure: the
 * whole dashboard can be checked as text without a terminal.
 */
import { agentsTableModel, buildAgentRows } from '../model/agents-model.js';
import { alertsModel, sortAlerts } from '../model/alerts-model.js';
import { chartBuckets, chartsModel } from '../model/charts-model.js';
import type { DashboardData } from '../model/dashboard-data.js';
import { spanDetailModel } from '../model/detail-model.js';
import { formatFilterText } from '../model/filter-text.js';
import { padEnd } from '../model/format.js';
import { headerModel } from '../model/header-model.js';
import { HELP_LINES } from '../model/help-model.js';
import { computeLayout, inner, type Layout } from '../model/layout.js';
import type { Line } from '../model/line.js';
import { streamModel } from '../model/stream-model.js';
import { flattenTrace, waterfallModel } from '../model/trace-model.js';
import type { ReaderQuery } from '../reader/dashboard-reader.js';
import { type KeyContext, type UiState, WINDOWS } from '../state/ui-state.js';

export interface Pane {
  label: string;
  lines: Line[];
  focused: boolean;
}

export interface ScreenModel {
  layout: Layout;
  header: Line[];
  footer: Line;
  agents?: Pane;
  stream?: Pane;
  charts?: Pane;
  tree?: Pane;
  detail?: Pane;
  alerts?: Pane;
  help?: Line[];
  context: KeyContext;
}

const SORT_LABEL: Record<UiState['sort'], string> = {
  cost: 'cost',
  calls: 'calls',
  tokens: 'tokens',
  p95: 'p95',
  errors: 'err%',
  quality: 'quality',
  agent: 'agent',
};

export function windowOf(state: UiState) {
  return WINDOWS[state.windowIndex] ?? WINDOWS[2]!;
}

/** What the reader should fetch for this state and size. */
export function readerQuery(
  state: UiState,
  size: { width: number; height: number },
  agentRows: number,
): ReaderQuery {
  const layout = computeLayout({ ...size, agentRows, showCharts: state.showCharts });
  const chartWidth = inner(layout.charts ?? { left: 0, top: 0, width: 60, height: 10 }).width;
  const buckets = chartBuckets(windowOf(state).ms, chartWidth);
  return {
    windowMs: windowOf(state).ms,
    filter: state.filter,
    chartBy: state.chartBy,
    costBucketMs: buckets.costBucketMs,
    scoreBucketMs: buckets.scoreBucketMs,
    streamLimit: 500,
    traceId: state.mode === 'trace' ? state.trace?.traceId : undefined,
  };
}

function footerLine(state: UiState, data: DashboardData, width: number): Line {
  if (state.prompt) {
    const label =
      state.prompt.kind === 'filter' ? 'filter (agent= user= session= feature= model= errors)> ' : 'search> ';
    return [
      { text: label, tone: 'heading' },
      {
        text: padEnd(
          `${state.prompt.text}█${state.notice ? `   ${state.notice}` : ''}`,
          Math.max(0, width - label.length),
        ),
      },
    ];
  }
  if (state.notice) return [{ text: padEnd(state.notice, width), tone: 'bad' }];
  const keys =
    state.mode === 'trace'
      ? '↑↓ span  Tab tree/detail  Esc back  ? help  q quit'
      : state.mode === 'alerts'
        ? '↑↓ move  Enter/x acknowledge  Esc back  q quit'
        : 'q quit ? help Tab pane ↵ open f filter / search e errors c clear s sort w window a alerts g charts';
  const timing = data.status === 'ready' ? ` ${data.queryMs.toFixed(0)}ms` : '';
  return [
    { text: padEnd(keys, Math.max(0, width - timing.length)), tone: 'dim' },
    { text: timing, tone: 'dim' },
  ];
}

export function buildScreenModel(
  data: DashboardData,
  state: UiState,
  size: { width: number; height: number },
  options: { timeZone?: string } = {},
): ScreenModel {
  const rows = buildAgentRows({ calls: data.callStats, totals: data.agentTotals, scores: data.agentScores });
  const layout = computeLayout({ ...size, agentRows: rows.length, showCharts: state.showCharts });
  const width = layout.header.width;
  const filterText = formatFilterText(state.filter);
  const header = headerModel({
    data,
    width,
    windowLabel: windowOf(state).label,
    filterText,
    sortLabel: `${SORT_LABEL[state.sort]}${state.descending ? '↓' : '↑'}`,
  });
  const timeZone = options.timeZone;
  const model: ScreenModel = {
    layout,
    header,
    footer: footerLine(state, data, width),
    context: { agents: [], stream: [], alerts: [], traceSpans: 0, detailLines: 0, page: 10 },
  };
  const alerts = sortAlerts(data.alerts);
  model.context.alerts = alerts.map((a) => ({ id: a.id, acknowledged: a.acknowledgedMs !== null }));

  if (state.mode === 'trace' && state.trace) {
    const nodes = flattenTrace(data.trace?.spans ?? []);
    const treeSize = inner(layout.tree);
    const detailSize = inner(layout.detail);
    const cursor = Math.min(state.trace.cursor, Math.max(0, nodes.length - 1));
    const treeLines =
      nodes.length > 0
        ? waterfallModel({ nodes, cursor, focused: true, width: treeSize.width, height: treeSize.height })
        : [[{ text: data.trace ? 'trace not found (purged?)' : 'loading…', tone: 'dim' as const }]];
    const span = nodes[cursor]?.span;
    const detailLines = span
      ? spanDetailModel({
          span,
          scores: data.trace?.scores ?? [],
          width: detailSize.width,
          ...(timeZone ? { timeZone } : {}),
        })
      : [];
    const scroll = Math.min(state.trace.detailScroll, Math.max(0, detailLines.length - 1));
    model.tree = { label: ' Trace waterfall ', lines: treeLines, focused: state.trace.focus === 'tree' };
    model.detail = {
      label: ` Span detail${detailLines.length > detailSize.height ? ` ${scroll + 1}/${detailLines.length}` : ''} `,
      lines: detailLines.slice(scroll, scroll + detailSize.height),
      focused: state.trace.focus === 'detail',
    };
    model.context.traceSpans = nodes.length;
    model.context.detailLines = detailLines.length;
    model.context.page = Math.max(1, detailSize.height - 1);
  } else if (state.mode === 'alerts') {
    const size = inner(layout.alerts);
    model.alerts = {
      label: ' Alerts ',
      lines: alertsModel({ alerts, cursor: state.alertsCursor, ...size, ...(timeZone ? { timeZone } : {}) }),
      focused: true,
    };
    model.context.page = Math.max(1, size.height - 2);
  } else {
    const agentsSize = inner(layout.agents);
    const table = agentsTableModel({
      rows,
      sort: state.sort,
      descending: state.descending,
      cursor: state.agentsCursor,
      focused: state.focus === 'agents',
      ...agentsSize,
    });
    model.agents = {
      label: ` Agents (last ${windowOf(state).label}) `,
      lines: table.lines,
      focused: state.focus === 'agents',
    };
    model.context.agents = table.agents;
    if (layout.stream) {
      const streamSize = inner(layout.stream);
      const empty =
        data.status === 'missing'
          ? 'waiting for the file…'
          : filterText
            ? 'no spans match the filter'
            : 'no spans yet';
      const stream = streamModel({
        rows: data.recent,
        cursor: state.streamCursor,
        focused: state.focus === 'stream',
        emptyText: empty,
        ...streamSize,
        ...(timeZone ? { timeZone } : {}),
      });
      model.stream = {
        label: ' Spans (newest first) ',
        lines: stream.lines,
        focused: state.focus === 'stream',
      };
      model.context.page = Math.max(1, streamSize.height - 2);
    }
    model.context.stream = data.recent.map((r) => ({ traceId: r.traceId, spanId: r.spanId }));
    if (layout.charts) {
      const chartsSize = inner(layout.charts);
      model.charts = {
        label: ' Charts ',
        lines: chartsModel({
          costRows: data.costSeries,
          scoreRows: data.scoreSeries,
          chartBy: state.chartBy,
          nowMs: data.nowMs,
          windowMs: windowOf(state).ms,
          ...chartsSize,
        }),
        focused: false,
      };
    }
  }
  if (state.help) {
    model.help = [
      [{ text: 'llmtop keys', tone: 'heading' }],
      [{ text: '' }],
      ...HELP_LINES.map(([keys, what]): Line => [{ text: padEnd(keys, 20), tone: 'accent' }, { text: what }]),
      [{ text: '' }],
      [{ text: 'press any key to close', tone: 'dim' }],
    ];
  }
  return model;
}
