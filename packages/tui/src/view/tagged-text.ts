/** Lines with tones → blessed tag markup. Colours only when allowed (NO_COLOR turns them off). */
import blessed from 'blessed';
import type { Line, Tone } from '../model/line.js';

const COLOR_TAGS: Record<Tone, [string, string]> = {
  normal: ['', ''],
  dim: ['{gray-fg}', '{/gray-fg}'],
  bad: ['{red-fg}', '{/red-fg}'],
  warn: ['{yellow-fg}', '{/yellow-fg}'],
  good: ['{green-fg}', '{/green-fg}'],
  accent: ['{cyan-fg}', '{/cyan-fg}'],
  heading: ['{bold}', '{/bold}'],
  selected: ['{inverse}', '{/inverse}'],
};

// Without colour, emphasis that is not colour still helps: bold headings, inverse selection.
const PLAIN_TAGS: Partial<Record<Tone, [string, string]>> = {
  heading: ['{bold}', '{/bold}'],
  selected: ['{inverse}', '{/inverse}'],
};

export function toTagged(lines: readonly Line[], color: boolean): string {
  return lines
    .map((line) =>
      line
        .map((segment) => {
          const [open, close] = (color ? COLOR_TAGS : PLAIN_TAGS)[segment.tone ?? 'normal'] ?? ['', ''];
          return `${open}${blessed.escape(segment.text)}${close}`;
        })
        .join(''),
    )
    .join('\n');
}
