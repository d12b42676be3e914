/** Judge benchmark: faithfulness AUC / balanced accuracy on the RAGTruth dev split, IFEval agreement, latency. */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  checkInstruction,
  createOfflineJudge,
  DEFAULT_FAITHFULNESS_THRESHOLD,
  parseInstructions,
} from '../packages/core/src/judge/index.js';

const EVAL = process.env.LLMTOP_EVAL_DIR ?? '/work/shared/eval';
const load = <T>(file: string): T[] =>
  readFileSync(`${EVAL}/${file}`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

/** ROC-AUC with ties (faithful = positive). */
function auc(scores: number[], positive: boolean[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]?.[1] ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const nPos = positive.filter(Boolean).length;
  const nNeg = positive.length - nPos;
  const rankSum = ranks.reduce((sum, r, i) => sum + (positive[i] ? r : 0), 0);
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

function balancedAccuracy(scores: number[], positive: boolean[], threshold: number): number {
  let tp = 0,
    fn = 0,
    tn = 0,
    fp = 0;
  for (const [i, s] of scores.entries()) {
    if (positive[i]) s >= threshold ? tp++ : fn++;
    else s < threshold ? tn++ : fp++;
  }
  return (tp / (tp + fn) + tn / (tn + fp)) / 2;
}

interface FaithRow {
  task: string;
  question: string | null;
  context: string;
  answer: string;
  hallucinated: boolean;
}
interface IfRow {
  prompt: string;
  response: string;
  instruction_id_list: string[];
  kwargs: Record<string, unknown>[];
  follow_instruction_list: boolean[];
}

export async function bench(): Promise<void> {
  const judge = createOfflineJudge();
  const rows = load<FaithRow>('faithfulness-dev.jsonl');
  const scored = rows.map((r) => ({
    task: r.task,
    faithful: !r.hallucinated,
    score:
      judge.evaluateSync({ question: r.question ?? '', context: r.context, answer: r.answer }).faithfulness
        ?.score ?? 1,
    length: -r.answer.split(/\s+/).length,
  }));
  console.log(
    `judge: faithfulness (RAGTruth dev, n=${rows.length}, threshold ${DEFAULT_FAITHFULNESS_THRESHOLD})`,
  );
  for (const task of ['all', 'qa', 'summary', 'data2txt']) {
    const set = scored.filter((s) => task === 'all' || s.task === task);
    const pos = set.map((s) => s.faithful);
    const a = auc(
      set.map((s) => s.score),
      pos,
    );
    const base = auc(
      set.map((s) => s.length),
      pos,
    );
    const ba = balancedAccuracy(
      set.map((s) => s.score),
      pos,
      DEFAULT_FAITHFULNESS_THRESHOLD,
    );
    let best = 0,
      bestT = 0;
    for (let t = 0.05; t < 1; t += 0.01) {
      const b = balancedAccuracy(
        set.map((s) => s.score),
        pos,
        t,
      );
      if (b > best) {
        best = b;
        bestT = t;
      }
    }
    console.log(
      `  ${task.padEnd(8)} n=${String(set.length).padStart(3)}  AUC ${a.toFixed(3)} (length baseline ${base.toFixed(3)})  BA@shipped ${ba.toFixed(3)}  [best BA ${best.toFixed(3)} @${bestT.toFixed(2)}]`,
    );
  }

  const prompts = load<IfRow>('instructions-dev.jsonl');
  let total = 0,
    evaluable = 0,
    agree = 0,
    parsedEvaluable = 0,
    parsedAgree = 0;
  const misses: string[] = [];
  for (const p of prompts) {
    const parsed = parseInstructions(p.prompt);
    for (const [i, id] of p.instruction_id_list.entries()) {
      total++;
      const kwargs = { ...(p.kwargs[i] ?? {}) };
      if (id === 'combination:repeat_prompt' && kwargs.prompt_to_repeat === undefined)
        kwargs.prompt_to_repeat = p.prompt;
      const verdict = checkInstruction(p.response, { id, kwargs });
      if (verdict !== undefined) {
        evaluable++;
        if (verdict === p.follow_instruction_list[i]) agree++;
        else misses.push(id);
      }
      const fromText = parsed.find((x) => x.id === id);
      const v2 = fromText ? checkInstruction(p.response, fromText) : undefined;
      if (v2 !== undefined) {
        parsedEvaluable++;
        if (v2 === p.follow_instruction_list[i]) parsedAgree++;
      }
    }
  }
  console.log(`judge: instructions (IFEval dev, ${total} instructions)`);
  console.log(
    `  with arguments:    agreement ${(agree / evaluable).toFixed(4)} (${agree}/${evaluable}), coverage ${(evaluable / total).toFixed(3)}${misses.length ? `; misses: ${misses.join(', ')}` : ''}`,
  );
  console.log(
    `  parsed from text:  agreement ${(parsedAgree / parsedEvaluable).toFixed(4)} (${parsedAgree}/${parsedEvaluable}), coverage ${(parsedEvaluable / total).toFixed(3)}`,
  );

  const long = rows.filter(
    (r) => r.context.split(/\s+/).length >= 500 && r.context.split(/\s+/).length <= 700,
  );
  const sample = (long.length ? long : rows).slice(0, 50);
  for (const r of sample)
    judge.evaluateSync({ question: r.question ?? '', context: r.context, answer: r.answer });
  const times: number[] = [];
  for (let k = 0; k < 4; k++)
    for (const r of sample) {
      const t = performance.now();
      judge.evaluateSync({ question: r.question ?? '', context: r.context, answer: r.answer });
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  console.log(
    `judge: latency per judgment (${sample.length} items with 500–700-word contexts): p50 ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]?.toFixed(2)} ms`,
  );
}
