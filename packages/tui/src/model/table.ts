/**
 * Fixed-width text tables that fit any terminal: each column has a priority, and the lowest
 * priority columns are dropped until the rest fit. One flexible column takes the spare width.
 */
import { padEnd, padStart } from './format.js';
import type { Line, Segment, Tone } from './line.js';

export interface Column<Row> {
  key: string;
  title: string;
  width: number;
  /** Lower is kept longer. */
  priority: number;
  align?: 'left' | 'right';
  /** The one column that grows (up to `maxWidth`). */
  flex?: boolean;
  maxWidth?: number;
  value(row: Row): string;
  tone?(row: Row): Tone | undefined;
}

export interface FittedColumn<Row> extends Column<Row> {
  fittedWidth: number;
}

const GAP = 1;

export function fitColumns<Row>(columns: readonly Column<Row>[], width: number): FittedColumn<Row>[] {
  const kept = [...columns];
  const total = (list: readonly Column<Row>[]) =>
    list.reduce((sum, c) => sum + c.width, 0) + Math.max(0, list.length - 1) * GAP;
  while (kept.length > 1 && total(kept) > width) {
    const drop = kept.reduce((worst, c) => (c.priority > worst.priority ? c : worst));
    kept.splice(kept.indexOf(drop), 1);
  }
  const spare = Math.max(0, width - total(kept));
  return kept.map((c) => {
    if (c.flex)
      return { ...c, fittedWidth: Math.min(c.width + spare, c.maxWidth ?? Number.POSITIVE_INFINITY) };
    if (total(kept) > width) return { ...c, fittedWidth: Math.max(1, width) };
    return { ...c, fittedWidth: c.width };
  });
}

function cell<Row>(column: FittedColumn<Row>, text: string): string {
  return column.align === 'right' ? padStart(text, column.fittedWidth) : padEnd(text, column.fittedWidth);
}

export function headerLine<Row>(
  columns: readonly FittedColumn<Row>[],
  sortKey?: string,
  descending = true,
): Line {
  const text = columns
    .map((c) => cell(c, c.key === sortKey ? `${c.title}${descending ? '↓' : '↑'}` : c.title))
    .join(' ');
  return [{ text, tone: 'heading' }];
}

export function rowLine<Row>(columns: readonly FittedColumn<Row>[], row: Row, selected: boolean): Line {
  const segments: Segment[] = [];
  columns.forEach((c, index) => {
    const text = (index > 0 ? ' ' : '') + cell(c, c.value(row));
    const tone = selected ? 'selected' : c.tone?.(row);
    segments.push(tone ? { text, tone } : { text });
  });
  return segments;
}

/** The slice of `count` items to show in `height` rows so that `cursor` stays visible. */
export function scrollWindow(count: number, cursor: number, height: number): { start: number; end: number } {
  if (height <= 0) return { start: 0, end: 0 };
  const start = Math.min(Math.max(0, cursor - height + 1), Math.max(0, count - height));
  return { start: Math.max(0, start), end: Math.min(count, Math.max(0, start) + height) };
}
