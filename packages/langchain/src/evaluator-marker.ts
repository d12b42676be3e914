/**
 * The mark `langchainJudgeModel` puts on the judge's own model calls (in `config.metadata`), so a
 * `LlmtopCallbackHandler` attached to the same chat model does not record them as the app's `llm`
 * calls: they are recorded once, as `evaluator` spans, with their cost outside the app's totals.
 */
export const EVALUATOR_METADATA = 'llmtop_evaluator';
export const EVALUATOR_TAG = 'llmtop:evaluator';
