/**
 * Formatting for a terminal cell grid: numbers that stay short, `—` for unknown (never a made-up
 * 0), and padding/truncation by code point so a column never pushes the next one.
 */

export const UNKNOWN = '—';

/** Dollars: `$0.0042`, `$1.23`, `$1,234`. `null` (unpriced) is shown as `—`, never `$0.00`. */
export function formatCost(usd: number | null | undefined): string {
  if (usd === null || usd === undefined || !Number.isFinite(usd)) return UNKNOWN;
  const abs = Math.abs(usd);
  if (abs === 0) return '$0';
  if (abs < 0.01) return `$${usd.toFixed(4)}`;
  if (abs < 100) return `$${usd.toFixed(2)}`;
  if (abs < 10_000) return `$${usd.toFixed(0)}`;
  return `$${(usd / 1000).toFixed(1)}k`;
}

/** A cost with a marker when part of it is unknown: `$1.23+` means "plus unpriced calls". */
export function formatPartialCost(usd: number | null, unpriced: number): string {
  if (usd === null) return unpriced > 0 ? 'unpriced' : UNKNOWN;
  return unpriced > 0 ? `${formatCost(usd)}+` : formatCost(usd);
}

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return UNKNOWN;
  const abs = Math.abs(value);
  if (abs < 1000) return String(Math.round(value));
  if (abs < 10_000) return `${(value / 1000).toFixed(1)}k`;
  if (abs < 1_000_000) return `${Math.round(value / 1000)}k`;
  if (abs < 10_000_000) return `${(value / 1_000_000).toFixed(1)}M`;
  return `${Math.round(value / 1_000_000)}M`;
}

/** `850ms`, `1.2s`, `12s`, `3m05s`. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return UNKNOWN;
  if (ms < 0) return UNKNOWN;
  if (ms < 1) return `${ms.toFixed(2)}ms`;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`;
  if (ms < 60_000) return `${Math.round(ms / 1000)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}

export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return UNKNOWN;
  const pct = ratio * 100;
  if (pct > 0 && pct < 1) return '<1%';
  return `${Math.round(pct)}%`;
}

/** A 0–1 score as `0.87`. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return UNKNOWN;
  return value.toFixed(2);
}

/** Local wall-clock `HH:MM:SS`. */
export function formatClock(epochMs: number, timeZone?: string): string {
  const date = new Date(epochMs);
  if (timeZone) {
    return date.toLocaleTimeString('en-GB', { hour12: false, timeZone });
  }
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** Length in terminal cells, counting each code point as one cell. */
export function cellLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Cuts to `width` cells, ending in `…` when cut. Control characters become spaces. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const chars = [...clean];
  if (chars.length <= width) return clean;
  return `${chars.slice(0, width - 1).join('')}…`;
}

export function padEnd(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - cellLength(cut)));
}

export function padStart(text: string, width: number): string {
  const cut = truncate(text, width);
  return ' '.repeat(Math.max(0, width - cellLength(cut))) + cut;
}
