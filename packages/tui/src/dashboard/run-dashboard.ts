/**
 * The dashboard's composition root: reader → view models → view. A timer polls the file every
 * ~500 ms; keys go through the pure reducer; the terminal is restored on q, C-c and SIGTERM.
 */
import { resolve } from 'node:path';
import { emptyData } from '../model/dashboard-data.js';
import { DashboardReader } from '../reader/dashboard-reader.js';
import { type Effect, initialUiState, reduceKey } from '../state/ui-state.js';
import { createTerminalView } from '../view/terminal-view.js';
import { buildScreenModel, readerQuery, type ScreenModel } from './screen-model.js';

export interface DashboardOptions {
  path: string;
  pollMs?: number;
  clock?: () => number;
  /** Colours on unless NO_COLOR is set (https://no-color.org). */
  color?: boolean;
}

export async function runDashboard(options: DashboardOptions): Promise<number> {
  const path = resolve(options.path);
  const clock = options.clock ?? Date.now;
  const reader = new DashboardReader({ path, clock });
  const view = createTerminalView({
    color: options.color ?? !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
    title: `llmtop ${path}`,
  });
  let state = initialUiState();
  let data = emptyData(path, clock());
  let screen: ScreenModel | undefined;

  const draw = () => {
    screen = buildScreenModel(data, state, view.size());
    view.draw(screen);
  };
  const poll = (force = false) => {
    const query = readerQuery(state, view.size(), data.agentTotals.length);
    const next = reader.tick(query, force);
    if (next) data = next;
    if (next || force) draw();
  };

  return new Promise<number>((done) => {
    let finished = false;
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      process.off('SIGTERM', onSignal);
      process.off('SIGHUP', onSignal);
      view.destroy();
      reader.close();
      done(code);
    };
    const onSignal = () => finish(0);
    const run = (effect: Effect) => {
      if (effect.type === 'quit') finish(0);
      else if (effect.type === 'ack') {
        state = {
          ...state,
          notice: reader.acknowledge(effect.alertId) ? 'alert acknowledged' : 'could not acknowledge',
        };
        poll(true);
      }
    };
    view.onKey((key) => {
      if (!screen) return;
      const result = reduceKey(state, key, screen.context);
      const queryBefore = JSON.stringify(readerQuery(state, view.size(), 0));
      state = result.state;
      for (const effect of result.effects) run(effect);
      if (finished) return;
      // A changed query (filter, window, trace) is fetched at once, not on the next tick.
      const queryAfter = JSON.stringify(readerQuery(state, view.size(), 0));
      if (queryBefore !== queryAfter) poll(true);
      else draw();
    });
    view.onResize(() => poll(true));
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
    const timer = setInterval(() => {
      try {
        poll();
      } catch (error) {
        finish(1);
        process.stderr.write(`llmtop: ${error instanceof Error ? error.stack : String(error)}\n`);
      }
    }, options.pollMs ?? 500);
    void reader.prepareBudgets().then(() => poll(true));
    poll(true);
  });
}
