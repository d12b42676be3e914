/**
 * The blessed screen: one box per pane, placed by the layout model, filled with tagged text, one
 * `screen.render()` per draw. The only module (with tagged-text.ts) that knows about blessed.
 */
import blessed from 'blessed';
import type { ScreenModel } from '../dashboard/screen-model.js';
import type { Rect } from '../model/layout.js';
import type { KeyInput } from '../state/ui-state.js';
import { toTagged } from './tagged-text.js';

export interface TerminalView {
  size(): { width: number; height: number };
  draw(model: ScreenModel): void;
  onKey(handler: (key: KeyInput) => void): void;
  onResize(handler: () => void): void;
  destroy(): void;
}

type PaneName = 'agents' | 'stream' | 'charts' | 'tree' | 'detail' | 'alerts';
const PANES: readonly PaneName[] = ['agents', 'stream', 'charts', 'tree', 'detail', 'alerts'];

export function createTerminalView(options: { color: boolean; title?: string }): TerminalView {
  const screen = blessed.screen({
    smartCSR: true,
    fullUnicode: true,
    autoPadding: false,
    title: options.title ?? 'llmtop',
    dockBorders: false,
  });
  const color = options.color;
  const plain = (rect: Rect) => ({ ...rect, tags: true, wrap: false });
  const header = blessed.box({ parent: screen, ...plain({ left: 0, top: 0, width: 10, height: 3 }) });
  const footer = blessed.box({ parent: screen, ...plain({ left: 0, top: 0, width: 10, height: 1 }) });
  const panes = Object.fromEntries(
    PANES.map((name) => [
      name,
      blessed.box({
        parent: screen,
        ...plain({ left: 0, top: 0, width: 10, height: 3 }),
        border: { type: 'line' },
        style: { border: color ? { fg: 'gray' } : {}, label: { bold: true } },
        hidden: true,
      }),
    ]),
  ) as Record<PaneName, blessed.Widgets.BoxElement>;
  const help = blessed.box({
    parent: screen,
    ...plain({ left: 0, top: 0, width: 10, height: 3 }),
    border: { type: 'line' },
    label: ' Help ',
    hidden: true,
  });

  const place = (element: blessed.Widgets.BoxElement, rect: Rect) => {
    element.left = rect.left;
    element.top = rect.top;
    element.width = rect.width;
    element.height = rect.height;
  };

  return {
    size() {
      return { width: Number(screen.width) || 80, height: Number(screen.height) || 24 };
    },
    draw(model) {
      const { layout } = model;
      place(header, layout.header);
      header.setContent(toTagged(model.header, color));
      place(footer, layout.footer);
      footer.setContent(toTagged([model.footer], color));
      for (const name of PANES) {
        const pane = model[name];
        const rect = layout[name];
        const box = panes[name];
        if (!pane || !rect) {
          box.hide();
          continue;
        }
        place(box, rect);
        box.setLabel(pane.label);
        box.style.border = pane.focused
          ? color
            ? { fg: 'cyan' }
            : { bold: true }
          : color
            ? { fg: 'gray' }
            : {};
        box.setContent(toTagged(pane.lines, color));
        box.show();
      }
      if (model.help) {
        const width = Math.min(layout.header.width, 76);
        const height = Math.min(layout.footer.top + 1, model.help.length + 2);
        place(help, {
          left: Math.floor((layout.header.width - width) / 2),
          top: Math.max(0, Math.floor((layout.footer.top + 1 - height) / 2)),
          width,
          height,
        });
        help.setContent(toTagged(model.help, color));
        help.show();
        help.setFront();
      } else {
        help.hide();
      }
      screen.render();
    },
    onKey(handler) {
      screen.on('keypress', (ch: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
        // blessed reports Enter twice ('return', then 'enter'); keep one.
        if (key?.name === 'return') return;
        handler({ name: key?.name, ch, ctrl: key?.ctrl });
      });
    },
    onResize(handler) {
      screen.on('resize', handler);
    },
    destroy() {
      screen.destroy();
    },
  };
}
