/**
 * Where each pane goes for a terminal size: the only place with coordinates. Boxes include their
 * border; `inner*` is what the content gets.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Layout {
  header: Rect;
  footer: Rect;
  /** Main mode. */
  agents: Rect;
  stream: Rect | undefined;
  charts: Rect | undefined;
  /** Trace mode. */
  tree: Rect;
  detail: Rect;
  /** Alerts mode. */
  alerts: Rect;
  wide: boolean;
}

export const WIDE = 110;
export const MIN_WIDTH = 20;
export const MIN_HEIGHT = 10;

export function computeLayout(options: {
  width: number;
  height: number;
  agentRows: number;
  /** Wide: charts beside the stream. Narrow: charts instead of the stream. */
  showCharts: boolean;
}): Layout {
  const width = Math.max(MIN_WIDTH, options.width);
  const height = Math.max(MIN_HEIGHT, options.height);
  const wide = width >= WIDE;
  const header: Rect = { left: 0, top: 0, width, height: 3 };
  const footer: Rect = { left: 0, top: height - 1, width, height: 1 };
  const bodyTop = header.height;
  const bodyHeight = height - header.height - footer.height;
  const agentsHeight = Math.max(4, Math.min(options.agentRows + 3, Math.floor(bodyHeight * 0.4)));
  const agents: Rect = { left: 0, top: bodyTop, width, height: agentsHeight };
  const lowerTop = bodyTop + agentsHeight;
  const lowerHeight = bodyHeight - agentsHeight;
  let stream: Rect | undefined = { left: 0, top: lowerTop, width, height: lowerHeight };
  let charts: Rect | undefined;
  if (wide && options.showCharts) {
    const chartsWidth = Math.min(60, Math.max(36, Math.floor(width * 0.32)));
    stream = { left: 0, top: lowerTop, width: width - chartsWidth, height: lowerHeight };
    charts = { left: width - chartsWidth, top: lowerTop, width: chartsWidth, height: lowerHeight };
  } else if (!wide && !options.showCharts) {
    charts = { left: 0, top: lowerTop, width, height: lowerHeight };
    stream = undefined;
  }
  const tree: Rect = wide
    ? { left: 0, top: bodyTop, width: Math.floor(width * 0.5), height: bodyHeight }
    : { left: 0, top: bodyTop, width, height: Math.max(5, Math.floor(bodyHeight * 0.45)) };
  const detail: Rect = wide
    ? { left: tree.width, top: bodyTop, width: width - tree.width, height: bodyHeight }
    : { left: 0, top: bodyTop + tree.height, width, height: bodyHeight - tree.height };
  const alerts: Rect = { left: 0, top: bodyTop, width, height: bodyHeight };
  return { header, footer, agents, stream, charts, tree, detail, alerts, wide };
}

export const inner = (rect: Rect) => ({
  width: Math.max(1, rect.width - 2),
  height: Math.max(1, rect.height - 2),
});
