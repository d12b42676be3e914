/** Shared types of the judge subsystem: what is judged, what a judge returns. */
import type { VerifiableInstruction } from './instruction-checkers.js';

export type JudgeMetric = 'faithfulness' | 'context_relevance' | 'answer_relevance' | 'instruction_adherence';

/** The kinds of grounded generation the offline faithfulness model knows (RAGTruth's three tasks). */
export type FaithfulnessTask = 'qa' | 'summary' | 'data2txt';

export type SamplingReason = 'rate' | 'error' | 'finish_reason' | 'feedback';

/** One LLM answer to judge. `context` is the retrieved documents (one string per chunk, or joined). */
export interface JudgeInput {
  question?: string;
  context?: string | string[];
  answer: string;
  /** The system prompt's text, or instructions already split, or verifiable instructions with arguments. */
  instructions?: string | Array<string | VerifiableInstruction>;
  /**
   * Offline judge only: which faithfulness model applies. Inferred when absent: a JSON context is
   * data-to-text, an input with a question is QA, one without is a summary of the context.
   */
  task?: FaithfulnessTask;
}

export interface SentenceEvidence {
  sentence: string;
  /** Share of the sentence's content words found in the context (0–1). */
  support: number;
  unsupportedWords: string[];
  unsupportedNumbers: string[];
  /** Offline judge, structured (JSON) contexts: fields the sentence contradicts ("reserv", "sunday"). */
  contradictedFields?: string[];
  /** LLM judge only: the verdict for this claim and the quoted evidence. */
  verdict?: 'supported' | 'contradicted' | 'not_in_context';
  evidence?: string | null;
}

export interface MetricScore {
  /** 0 (bad) … 1 (good). */
  score: number;
  explanation?: string;
}

export interface FaithfulnessScore extends MetricScore {
  /** True when the score is below the judge's threshold. */
  hallucinated: boolean;
  evidence: SentenceEvidence[];
}

export interface InstructionVerdict {
  instruction: string;
  id?: string;
  /** undefined: not evaluable. */
  followed: boolean | undefined;
  reason?: string;
}

export interface InstructionAdherenceScore extends MetricScore {
  verdicts: InstructionVerdict[];
}

export interface ContextRelevanceScore extends MetricScore {
  /** Per chunk, 0–1, in the order given. */
  chunks: number[];
}

/** Absent metric = not evaluable for this input. */
export interface JudgeResult {
  faithfulness?: FaithfulnessScore;
  contextRelevance?: ContextRelevanceScore;
  answerRelevance?: MetricScore;
  instructionAdherence?: InstructionAdherenceScore;
}

/**
 * One call the LLM judge made to its model, for recording as an `evaluator` span (its own trace,
 * kept out of the app's totals). Failed attempts are reported too.
 */
export interface EvaluatorCall {
  /** The judged trace and span, for linking. */
  judgedTraceId?: string;
  judgedSpanId?: string;
  name: string;
  provider?: string;
  model?: string;
  startMs: number;
  endMs: number;
  usage?: { input?: number; output?: number; reasoning?: number };
  status: 'ok' | 'error';
  error?: string;
  attempt: number;
  /** `valid`, `repaired`, `invalid`, `transport_error`, `timeout`. */
  outcome: string;
}

export interface JudgeEvaluateOptions {
  signal?: AbortSignal;
  traceId?: string;
  spanId?: string;
  recordEvaluator?: (call: EvaluatorCall) => void;
}

export interface Judge {
  /** Stored in `scores.judge`, e.g. `offline-v2` or `llm:openai/gpt-4o-mini`. */
  readonly name: string;
  evaluate(input: JudgeInput, options?: JudgeEvaluateOptions): Promise<JudgeResult>;
}
