import { describe, expect, it } from 'vitest';
import { initialUiState, type KeyContext, type KeyInput, reduceKey, type UiState } from './ui-state.js';

const context: KeyContext = {
  agents: ['writer', 'researcher'],
  stream: [
    { traceId: 't1', spanId: 's1' },
    { traceId: 't2', spanId: 's2' },
  ],
  alerts: [
    { id: 7, acknowledged: false },
    { id: 8, acknowledged: true },
  ],
  traceSpans: 3,
  detailLines: 50,
  page: 10,
};

function press(state: UiState, ...keys: (KeyInput | string)[]) {
  let current = state;
  const effects = [];
  for (const key of keys) {
    const input = typeof key === 'string' ? (key.length === 1 ? { ch: key, name: key } : { name: key }) : key;
    const result = reduceKey(current, input, context);
    current = result.state;
    effects.push(...result.effects);
  }
  return { state: current, effects };
}

describe('key reducer', () => {
  it('quits on q and C-c, but q types inside a prompt', () => {
    expect(press(initialUiState(), 'q').effects).toEqual([{ type: 'quit' }]);
    expect(press(initialUiState(), { name: 'c', ctrl: true }).effects).toEqual([{ type: 'quit' }]);
    const typing = press(initialUiState(), '/', 'q');
    expect(typing.effects).toEqual([]);
    expect(typing.state.prompt).toEqual({ kind: 'search', text: 'q' });
  });

  it('opens the selected span’s trace and goes back', () => {
    const opened = press(initialUiState(), 'down', 'enter');
    expect(opened.state.mode).toBe('trace');
    expect(opened.state.trace).toMatchObject({ traceId: 't2', cursor: 0 });
    const moved = press(opened.state, 'j', 'j', 'j');
    expect(moved.state.trace!.cursor).toBe(2);
    const detail = press(moved.state, 'tab', 'pagedown');
    expect(detail.state.trace).toMatchObject({ focus: 'detail', detailScroll: 10, cursor: 2 });
    expect(press(detail.state, 'escape').state).toMatchObject({ mode: 'main', trace: undefined });
  });

  it('filters through the prompt, toggles errors, filters by the selected agent, clears', () => {
    const typed = press(initialUiState(), 'f', ...'agent=writer feature=support'.split(''), 'enter');
    expect(typed.state.filter).toEqual({ agent: 'writer', feature: 'support' });
    expect(press(typed.state, 'e').state.filter.errorsOnly).toBe(true);
    const bad = press(initialUiState(), 'f', ...'colour=red'.split(''), 'enter');
    expect(bad.state.prompt).toBeDefined();
    expect(bad.state.notice).toMatch(/unknown filter/);
    const byAgent = press(initialUiState(), 'tab', 'down', 'enter');
    expect(byAgent.state.filter).toEqual({ agent: 'researcher' });
    expect(press(byAgent.state, 'c').state.filter).toEqual({});
    const searched = press(initialUiState(), '/', 'r', 'e', 'r', 'a', 'n', 'k', 'backspace', 'enter');
    expect(searched.state.filter.search).toBe('reran');
    expect(press(searched.state, 'escape').state.filter.search).toBeUndefined();
  });

  it('changes sort, window and chart grouping', () => {
    const state = press(initialUiState(), 's', 'S', 'w', 'w', 'm', 'g').state;
    expect(state).toMatchObject({
      sort: 'calls',
      descending: false,
      windowIndex: 4,
      chartBy: 'model',
      showCharts: false,
    });
    expect(press(initialUiState(), 'W', 'W', 'W', 'W').state.windowIndex).toBe(0);
  });

  it('shows help until any key, and acknowledges only open alerts', () => {
    const help = press(initialUiState(), '?');
    expect(help.state.help).toBe(true);
    expect(press(help.state, 'x').state.help).toBe(false);
    const alerts = press(initialUiState(), 'a');
    expect(alerts.state.mode).toBe('alerts');
    expect(press(alerts.state, 'enter').effects).toEqual([{ type: 'ack', alertId: 7 }]);
    expect(press(alerts.state, 'down', 'x').effects).toEqual([]);
    expect(press(alerts.state, 'escape').state.mode).toBe('main');
  });
});
