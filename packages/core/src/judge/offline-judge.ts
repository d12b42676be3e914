/**
 * The offline judge: no network, no key. Faithfulness from lexical support of each answer sentence
 * by the context (unsupported words, numbers and names returned as evidence); context and answer
 * relevance from query-term overlap (heuristic); instruction adherence from rule checkers.
 */
import { checkInstruction, type VerifiableInstruction } from './instruction-checkers.js';
import { parseInstructions } from './instruction-parser.js';
import type {
  FaithfulnessScore,
  InstructionVerdict,
  Judge,
  JudgeInput,
  JudgeResult,
  MetricScore,
  SentenceEvidence,
} from './judge.types.js';
import { contentStems, numbers, splitSentences, stem, words } from './text.js';

export interface OfflineJudgeOptions {
  /** Faithfulness below this is flagged as hallucinated. Calibrated on the RAGTruth dev split. */
  faithfulnessThreshold?: number;
}

export interface OfflineJudge extends Judge {
  evaluate(input: JudgeInput): Promise<JudgeResult>;
  /** The same, synchronously (the CLI and benchmarks). */
  evaluateSync(input: JudgeInput): JudgeResult;
}

export const OFFLINE_JUDGE_NAME = 'offline-v1';
export const DEFAULT_FAITHFULNESS_THRESHOLD = 0.1;

const REFUSAL =
  /\b(unable to answer|cannot answer|can't answer|not (?:possible|able) to (?:answer|determine)|no (?:relevant )?information (?:is )?(?:provided|available|given)|does not (?:provide|contain|mention)|do not (?:provide|contain|mention)|not mentioned in|i don't know)\b/i;

interface ContextIndex {
  stems: Set<string>;
  bigrams: Set<string>;
  numbers: Set<string>;
  lowerWords: Set<string>;
}

function indexContext(context: string): ContextIndex {
  const stems = contentStems(context);
  const bigrams = new Set<string>();
  for (let i = 1; i < stems.length; i++) bigrams.add(`${stems[i - 1]} ${stems[i]}`);
  return {
    stems: new Set(stems),
    bigrams,
    numbers: new Set(numbers(context)),
    lowerWords: new Set(words(context)),
  };
}

function sentenceEvidence(
  sentence: string,
  index: ContextIndex,
): SentenceEvidence & { size: number; bigramMiss: number; bigramTotal: number; nameMiss: number } {
  const unsupportedWords: string[] = [];
  let size = 0;
  let supported = 0;
  const stems: string[] = [];
  for (const word of words(sentence)) {
    const s = stem(word);
    if (contentStems(word).length === 0) continue;
    stems.push(s);
    size++;
    if (index.stems.has(s) || index.lowerWords.has(word)) supported++;
    else unsupportedWords.push(word);
  }
  let bigramMiss = 0;
  for (let i = 1; i < stems.length; i++) if (!index.bigrams.has(`${stems[i - 1]} ${stems[i]}`)) bigramMiss++;
  const unsupportedNumbers = numbers(sentence).filter((n) => !index.numbers.has(n));
  // Capitalised words after the first word: names the context never mentions.
  const names = (sentence.match(/(?<=\s)[A-Z][a-z]+/g) ?? []).filter(
    (n) => !index.lowerWords.has(n.toLowerCase()),
  );
  return {
    sentence,
    support: size === 0 ? 1 : supported / size,
    unsupportedWords,
    unsupportedNumbers,
    size,
    bigramMiss,
    bigramTotal: Math.max(0, stems.length - 1),
    nameMiss: names.length,
  };
}

export interface FaithfulnessFeatures {
  meanSupport: number;
  minSupport: number;
  unsupported: number;
  unsupportedNumbers: number;
  unsupportedNames: number;
  bigramMissRate: number;
  answerWords: number;
}

export function faithfulnessFeatures(
  context: string,
  answer: string,
): { features: FaithfulnessFeatures; evidence: SentenceEvidence[] } {
  const index = indexContext(context);
  const sentences = splitSentences(answer).filter((s) => !REFUSAL.test(s) || words(s).length > 25);
  const all = sentences.map((s) => sentenceEvidence(s, index));
  const scored = all.filter((e) => e.size > 0);
  let unsupported = 0;
  let unsupportedNumbers = 0;
  let names = 0;
  let bigramMiss = 0;
  let bigramTotal = 0;
  for (const e of scored) {
    unsupported += e.unsupportedWords.length;
    unsupportedNumbers += e.unsupportedNumbers.length;
    names += e.nameMiss;
    bigramMiss += e.bigramMiss;
    bigramTotal += e.bigramTotal;
  }
  const supports = scored.map((e) => e.support);
  const features: FaithfulnessFeatures = {
    meanSupport: supports.length ? supports.reduce((a, b) => a + b, 0) / supports.length : 1,
    minSupport: supports.length ? Math.min(...supports) : 1,
    unsupported,
    unsupportedNumbers,
    unsupportedNames: names,
    bigramMissRate: bigramTotal ? bigramMiss / bigramTotal : 0,
    answerWords: words(answer).length,
  };
  const evidence = all.map(({ sentence, support, unsupportedWords, unsupportedNumbers: nums }) => ({
    sentence,
    support,
    unsupportedWords,
    unsupportedNumbers: nums,
  }));
  return { features, evidence };
}

/**
 * Combines the features into a faithfulness score in (0, 1); higher = better supported. A logistic
 * model whose weights were fitted on the RAGTruth dev split (rounded): unsupported words weigh most,
 * then the worst sentence, unsupported names and numbers; longer answers get a little slack
 * because a fixed number of unsupported words means less in them.
 */
export function faithfulnessScoreOf(f: FaithfulnessFeatures): number {
  const z =
    -3.6 +
    3.2 * (1 - f.meanSupport) +
    1.5 * (1 - f.minSupport) +
    2.1 * Math.log1p(f.unsupported) +
    0.2 * f.unsupportedNumbers +
    0.5 * f.unsupportedNames +
    0.45 * f.bigramMissRate -
    0.7 * Math.log1p(f.answerWords);
  return 1 / (1 + Math.exp(z));
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
      const { features, evidence } = faithfulnessFeatures(context, answer);
      const score = faithfulnessScoreOf(features);
      const faithfulness: FaithfulnessScore = {
        score,
        hallucinated: score < threshold,
        evidence,
        explanation: `${evidence.filter((e) => e.unsupportedWords.length || e.unsupportedNumbers.length).length}/${evidence.length} sentences contain words or numbers the context does not support`,
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
