/** The help overlay: every key, htop-style. */
export const HELP_LINES: readonly (readonly [string, string])[] = [
  ['q, C-c', 'quit'],
  ['?, h, F1', 'this help (any key closes it)'],
  ['Tab', 'switch pane (agents / spans; tree / detail in a trace)'],
  ['↑ ↓ j k', 'move'],
  ['PgUp PgDn Home End', 'move faster'],
  ['Enter', 'agents: filter by agent · spans: open the trace'],
  ['Esc, Backspace', 'back / cancel / close'],
  ['f', 'filter: agent= user= session= feature= model= errors'],
  ['/', 'search span names, agents, models, ids'],
  ['e', 'errors only on/off'],
  ['c', 'clear filter and search'],
  ['s / S', 'next sort column / reverse sort'],
  ['w / W', 'longer / shorter time window'],
  ['m', 'cost chart by feature / by model'],
  ['g', 'charts on/off (narrow: charts instead of spans)'],
  ['a', 'alerts (Enter or x acknowledges)'],
];
