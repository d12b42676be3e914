#!/bin/sh
# Regenerates packages/tui/docs/dashboard-capture.md (run from the repo root after `tsc -b packages/tui`).
set -e
DB=/tmp/readme.db
rm -f $DB $DB-wal $DB-shm
TSX_TSCONFIG_PATH=packages/tui/src/__fixtures__/tsconfig.source.json node --import tsx packages/tui/src/__fixtures__/readme-data.ts $DB
LLMTOP_APP_BUDGETS=1 TSX_TSCONFIG_PATH=packages/tui/src/__fixtures__/tsconfig.source.json node --import tsx packages/tui/src/__fixtures__/agent-app.ts $DB 600 &
APP=$!
sleep 2
tmux -u new-session -d -s readme -x 120 -y 34 "export LANG=C.UTF-8 NCURSES_NO_UTF8_ACS=1; node packages/tui/dist/bin.js --db $DB"
sleep 7
OUT=packages/tui/docs/dashboard-capture.md
{
  echo '# llmtop dashboard: capture-pane text'
  echo
  echo 'Data: 30k synthetic multi-agent spans over the last 2 h (supervisor → researcher with an LLM call, a'
  echo '`web_search` tool, a retriever and a reranker → writer with a streaming LLM call; 15 % of traces judged;'
  echo 'one unpriced model, hence `$…+`), plus a live app (`src/__fixtures__/agent-app.ts`: the real `createLlmtop`'
  echo 'with two daily budgets) writing planner/coder traces. `tmux -u`, 120×34, `LANG=C.UTF-8 NCURSES_NO_UTF8_ACS=1`.'
  echo
  echo '## Main view'
  echo
  echo '```'
  tmux capture-pane -t readme -p
  echo '```'
} > $OUT
tmux send-keys -t readme /; tmux send-keys -t readme -l rerank; tmux send-keys -t readme Enter; sleep 1
tmux send-keys -t readme Enter; sleep 1
for i in 1 2 3 4 5 6; do tmux send-keys -t readme j; done; sleep 1
{
  echo
  echo '## Trace drill-down (`/` rerank, Enter, then ↓ to the reranker span)'
  echo
  echo '```'
  tmux capture-pane -t readme -p
  echo '```'
} >> $OUT
tmux send-keys -t readme q; sleep 0.5
tmux kill-session -t readme 2>/dev/null || true
kill $APP
