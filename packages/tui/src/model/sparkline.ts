/** Text sparklines (▁…█): readable in any terminal, in capture-pane text, and under NO_COLOR. */
const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * One character per value; `undefined` is a gap (a space). Values are scaled to `max` (default: the
 * largest value), so several series drawn with one `max` compare by height.
 */
export function sparkline(values: readonly (number | undefined)[], max?: number, min = 0): string {
  const defined = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  const top = max ?? (defined.length ? Math.max(...defined) : 0);
  const range = top - min;
  return values
    .map((value) => {
      if (value === undefined || !Number.isFinite(value)) return ' ';
      if (range <= 0) return value > min ? BARS[BARS.length - 1] : BARS[0];
      const level = Math.round(((value - min) / range) * (BARS.length - 1));
      return BARS[Math.min(BARS.length - 1, Math.max(0, level))];
    })
    .join('');
}
