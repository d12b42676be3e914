/** The alerts list (budget, drift): open ones first, each acknowledgeable. */
import type { AlertRow } from '@llmtop/core/sqlite';
import type { BudgetGauge } from './dashboard-data.js';
import { formatClock, padEnd, truncate } from './format.js';
import type { Line } from './line.js';
import { scrollWindow } from './table.js';

export function sortAlerts(alerts: readonly AlertRow[]): AlertRow[] {
  return [...alerts].sort(
    (a, b) =>
      Number(a.acknowledgedMs !== null) - Number(b.acknowledgedMs !== null) ||
      b.createdMs - a.createdMs ||
      b.id - a.id,
  );
}

export function alertsModel(options: {
  alerts: readonly AlertRow[];
  cursor: number;
  width: number;
  height: number;
  timeZone?: string;
}): Line[] {
  const alerts = sortAlerts(options.alerts);
  const lines: Line[] = [
    [{ text: padEnd('ALERTS  (Enter/x acknowledge, Esc back)', options.width), tone: 'heading' }],
  ];
  if (alerts.length === 0) {
    lines.push([{ text: 'no alerts', tone: 'dim' }]);
    return lines;
  }
  const cursor = Math.min(options.cursor, alerts.length - 1);
  const view = scrollWindow(alerts.length, cursor, options.height - 1);
  for (let i = view.start; i < view.end; i++) {
    const alert = alerts[i]!;
    const state = alert.acknowledgedMs === null ? 'OPEN' : 'ack ';
    const text = padEnd(
      `${formatClock(alert.createdMs, options.timeZone)} ${state} ${alert.kind}/${alert.level} ${alert.scope}: ${alert.message}`,
      options.width,
    );
    const tone =
      i === cursor
        ? 'selected'
        : alert.acknowledgedMs !== null
          ? 'dim'
          : alert.level === 'critical' || /150|100/.test(alert.level)
            ? 'bad'
            : 'warn';
    lines.push([{ text, tone }]);
  }
  return lines;
}

/**
 * Budget gauges when the budgets module offers no status: the highest threshold each open budget
 * alert reported (e.g. level `80%`), so the header still shows how close each scope is.
 */
export function gaugesFromAlerts(alerts: readonly AlertRow[]): BudgetGauge[] {
  const byScope = new Map<string, number>();
  for (const alert of alerts) {
    if (alert.kind !== 'budget') continue;
    const match = /(\d+(?:\.\d+)?)\s*%/.exec(`${alert.level} ${alert.message}`);
    if (!match) continue;
    const ratio = Number(match[1]) / 100;
    byScope.set(alert.scope, Math.max(byScope.get(alert.scope) ?? 0, ratio));
  }
  return [...byScope].map(([label, ratio]) => ({ label: truncate(label, 24), ratio }));
}
