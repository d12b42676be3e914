export type { AgentNodes } from './agent-rules.js';
export type { LlmtopCallbackHandlerOptions } from './handler-options.js';
export { type LangchainJudgeModelOptions, langchainJudgeModel } from './judge-model.js';
export { LlmtopCallbackHandler, type LlmtopCallbackHandlerStats } from './llmtop-callback-handler.js';
