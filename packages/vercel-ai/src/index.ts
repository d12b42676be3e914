export { aiSdkJudgeModel } from './judge-model.js';
export { llmtopAgent } from './llmtop-agent.js';
export {
  type LlmtopEmbeddingModelMiddleware,
  llmtopEmbeddingMiddleware,
} from './llmtop-embedding-middleware.js';
export {
  type LlmtopLanguageModelMiddleware,
  type LlmtopMiddlewareOptions,
  llmtopMiddleware,
} from './llmtop-middleware.js';
export { llmtopRerankingModel } from './llmtop-reranking-model.js';
export {
  type LlmtopTelemetryIntegration,
  type LlmtopTelemetryOptions,
  llmtopTelemetry,
} from './llmtop-telemetry.js';
export { mapFinishReason, mapUsage } from './map-usage.js';
export type { LlmtopAiOptions } from './span-context.js';
