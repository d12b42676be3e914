// The judge subsystem: sampling, the offline and LLM judges, assembly of judge items, the evaluation queue.

export { assembleJudgeItems, type JudgeItem } from './assemble.js';
export { createEvaluatorRecorder } from './evaluator-recorder.js';
export {
  type FaithfulnessFeatures,
  faithfulnessFeatures,
  type SentenceFeatures,
} from './faithfulness-features.js';
export {
  CHECKABLE_INSTRUCTIONS,
  checkInstruction,
  type InstructionKwargs,
  type VerifiableInstruction,
} from './instruction-checkers.js';
export { parseInstructions } from './instruction-parser.js';
export type * from './judge.types.js';
export type { JudgeModel, JudgeModelRequest, JudgeModelResponse } from './judge-model.js';
export {
  createJudgeQueue,
  type JudgeQueue,
  type JudgeQueueOptions,
  type JudgeQueueStats,
  scoreRows,
} from './judge-queue.js';
export {
  decideJudgeSampling,
  type JudgeSamplingDecision,
  type JudgeSamplingReason,
  traceSampleValue,
} from './judge-sampling.js';
export { detectLanguage } from './language.js';
export { createLlmJudge, JudgeError, type LlmJudgeOptions, splitInstructions } from './llm-judge.js';
export { extractJsonObject, type LlmJudgeAnswer, parseLlmJudgeAnswer } from './llm-judge-schema.js';
export {
  createOfflineJudge,
  DEFAULT_FAITHFULNESS_THRESHOLD,
  FAITHFULNESS_MODEL,
  type FaithfulnessModel,
  faithfulnessDesign,
  faithfulnessScoreOf,
  instructionAdherence,
  OFFLINE_JUDGE_NAME,
  type OfflineJudge,
  type OfflineJudgeOptions,
} from './offline-judge.js';
