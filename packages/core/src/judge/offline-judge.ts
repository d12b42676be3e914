/**
 * The offline judge: no network, no key. Faithfulness from a per-task logistic model over lexical
 * features of each answer sentence against the context (faithfulness-features.ts; unsupported words,
 * numbers and contradicted fields returned as evidence); context and answer relevance from
 * query-term overlap (heuristic); instruction adherence from rule checkers.
 */
import { type FaithfulnessFeatures, faithfulnessFeatures, REFUSAL } from './faithfulness-features.js';
import { checkInstruction, type VerifiableInstruction } from './instruction-checkers.js';
import { parseInstructions } from './instruction-parser.js';
import type {
  FaithfulnessScore,
  FaithfulnessTask,
  InstructionVerdict,
  Judge,
  JudgeInput,
  JudgeResult,
  MetricScore,
  SentenceEvidence,
} from './judge.types.js';
import { contentStems, words } from './text.js';

export interface OfflineJudgeOptions {
  /** Faithfulness below this is flagged as hallucinated. Calibrated on the RAGTruth dev split. */
  faithfulnessThreshold?: number;
}

export interface OfflineJudge extends Judge {
  evaluate(input: JudgeInput): Promise<JudgeResult>;
  /** The same, synchronously (the CLI and benchmarks). */
  evaluateSync(input: JudgeInput): JudgeResult;
}

export const OFFLINE_JUDGE_NAME = 'offline-v2';
/**
 * Faithfulness below this is flagged as hallucinated (the model's hallucination probability above
 * 0.38). Chosen on the RAGTruth dev split where cross-validated balanced accuracy is flat (0.35–0.42).
 */
export const DEFAULT_FAITHFULNESS_THRESHOLD = 0.62;

/**
 * The model's inputs for a task, by name, as the logistic model sees them (counts log-scaled,
 * support and alignment as shortfalls). The same function serves scoring and refitting (bench).
 */
export function faithfulnessDesign(f: FaithfulnessFeatures): Record<string, number> {
  const log = Math.log1p;
  switch (f.task) {
    case 'qa':
      return {
        unsupportedWords: log(f.unsupported),
        alignShortfall: 1 - f.meanAlign,
        answerNumbers: log(f.numbers),
        contextWords: log(f.contextWords),
      };
    case 'summary':
      return {
        supportShortfall: 1 - f.meanSupport,
        unsupportedNames: log(f.unsupportedNames),
        lowAlignShare: f.lowAlignShare,
      };
    case 'data2txt':
      return {
        supportShortfall: 1 - f.meanSupport,
        fieldConflicts: log(f.conflicts),
        unsupportedNumbers: log(f.unsupportedNumbers),
        unsupportedNames: log(f.unsupportedNames),
        lowAlignShare: f.lowAlignShare,
      };
  }
}

export interface FaithfulnessModel {
  intercept: number;
  weights: Record<string, number>;
}

/**
 * Logistic models of P(hallucinated), one per task, fitted on the RAGTruth dev split (L2, λ = 3 on
 * standardised inputs; `bench/judge.bench.ts` refits them and reports 5-fold cross-validation by
 * source). QA leans on unsupported claim words and sentence alignment; summaries on poorly aligned
 * sentences and unknown names; data-to-text on support, contradicted fields and unsupported numbers.
 */
export const FAITHFULNESS_MODEL: Record<FaithfulnessTask, FaithfulnessModel> = {
  qa: {
    intercept: -2.4976,
    weights: {
      unsupportedWords: 1.4489,
      alignShortfall: 2.871,
      answerNumbers: 0.5032,
      contextWords: -0.6555,
    },
  },
  summary: {
    intercept: -2.5086,
    weights: { supportShortfall: 1.1374, unsupportedNames: 1.0236, lowAlignShare: 2.296 },
  },
  data2txt: {
    intercept: -3.4363,
    weights: {
      supportShortfall: 4.6697,
      fieldConflicts: 2.1315,
      unsupportedNumbers: 2.0318,
      unsupportedNames: 0.565,
      lowAlignShare: 1.8801,
    },
  },
};

/** Faithfulness in (0, 1): 1 − P(hallucinated); higher = better supported. */
export function faithfulnessScoreOf(
  f: FaithfulnessFeatures,
  model: Record<FaithfulnessTask, FaithfulnessModel> = FAITHFULNESS_MODEL,
): number {
  const { intercept, weights } = model[f.task];
  let z = intercept;
  for (const [name, x] of Object.entries(faithfulnessDesign(f))) z += (weights[name] ?? 0) * x;
  return 1 - 1 / (1 + Math.exp(-z));
}

function joinContext(context: string | string[] | undefined): string | undefined {
  if (context === undefined) return undefined;
  const text = Array.isArray(context) ? context.join('\n\n') : context;
  return text.trim() ? text : undefined;
}

function overlap(queryStems: Set<string>, text: string): number {
  if (queryStems.size === 0) return 0;
  const target = new Set(contentStems(text));
  let hit = 0;
  for (const s of queryStems) if (target.has(s)) hit++;
  return hit / queryStems.size;
}

function normaliseInstructions(
  instructions: JudgeInput['instructions'],
): { text: string; parsed: VerifiableInstruction | undefined }[] {
  if (instructions === undefined) return [];
  if (typeof instructions === 'string')
    return parseInstructions(instructions).map((p) => ({ text: p.text ?? p.id, parsed: p }));
  const out: { text: string; parsed: VerifiableInstruction | undefined }[] = [];
  for (const item of instructions) {
    if (typeof item === 'string') {
      const parsed = parseInstructions(item);
      if (parsed.length === 0) out.push({ text: item, parsed: undefined });
      for (const p of parsed) out.push({ text: item, parsed: p });
    } else out.push({ text: item.text ?? item.id, parsed: item });
  }
  return out;
}

/** Instruction adherence: the share of evaluable instructions followed; absent when none is evaluable. */
export function instructionAdherence(
  answer: string,
  instructions: JudgeInput['instructions'],
): JudgeResult['instructionAdherence'] {
  const verdicts: InstructionVerdict[] = normaliseInstructions(instructions).map(({ text, parsed }) => {
    const followed = parsed ? checkInstruction(answer, parsed) : undefined;
    return {
      instruction: text,
      ...(parsed ? { id: parsed.id } : {}),
      followed,
      reason:
        followed === undefined
          ? 'not evaluable offline'
          : followed
            ? 'rule check passed'
            : 'rule check failed',
    };
  });
  const evaluable = verdicts.filter((v) => v.followed !== undefined);
  if (evaluable.length === 0) return undefined;
  const followed = evaluable.filter((v) => v.followed).length;
  return {
    score: followed / evaluable.length,
    verdicts,
    explanation: `${followed}/${evaluable.length} checkable instructions followed`,
  };
}

export function createOfflineJudge(options: OfflineJudgeOptions = {}): OfflineJudge {
  const threshold = options.faithfulnessThreshold ?? DEFAULT_FAITHFULNESS_THRESHOLD;
  const evaluateSync = (input: JudgeInput): JudgeResult => {
    const result: JudgeResult = {};
    const answer = typeof input.answer === 'string' ? input.answer : '';
    const context = joinContext(input.context);
    const refusal = REFUSAL.test(answer) && words(answer).length <= 25;
    if (context !== undefined && answer.trim()) {
      const { features, sentences } = faithfulnessFeatures(context, answer, {
        ...(input.question !== undefined ? { question: input.question } : {}),
        ...(input.task !== undefined ? { task: input.task } : {}),
      });
      const score = faithfulnessScoreOf(features);
      const evidence: SentenceEvidence[] = sentences.map((e) => ({
        sentence: e.sentence,
        support: e.support,
        unsupportedWords: e.unsupportedWords,
        unsupportedNumbers: e.unsupportedNumbers,
        ...(e.conflicts.length ? { contradictedFields: e.conflicts } : {}),
      }));
      const flagged = evidence.filter(
        (e) => e.unsupportedWords.length || e.unsupportedNumbers.length || e.contradictedFields?.length,
      ).length;
      const faithfulness: FaithfulnessScore = {
        score,
        hallucinated: score < threshold,
        evidence,
        explanation: `${flagged}/${evidence.length} sentences contain words or numbers the context does not support${features.conflicts ? ` or contradict its data (${features.conflicts} fields)` : ''} [${features.task} model]`,
      };
      result.faithfulness = faithfulness;
    }
    const questionStems = new Set(contentStems(input.question ?? ''));
    if (context !== undefined && questionStems.size > 0) {
      const chunks = (Array.isArray(input.context) ? input.context : [context]).map((c) =>
        overlap(questionStems, c),
      );
      result.contextRelevance = {
        score: Math.max(...chunks),
        chunks,
        explanation: 'heuristic: share of question terms found in each chunk',
      };
    }
    if (questionStems.size > 0 && answer.trim()) {
      const answerRelevance: MetricScore = refusal
        ? { score: 0, explanation: 'heuristic: the answer declines to answer' }
        : {
            score: overlap(questionStems, answer),
            explanation: 'heuristic: share of question terms the answer addresses',
          };
      result.answerRelevance = answerRelevance;
    }
    const adherence = instructionAdherence(answer, input.instructions);
    if (adherence) result.instructionAdherence = adherence;
    return result;
  };
  return {
    name: OFFLINE_JUDGE_NAME,
    evaluateSync,
    evaluate: async (input) => evaluateSync(input),
  };
}
