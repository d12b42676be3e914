/**
 * Handlers that do nothing: LangChain's own dispatch cost, the bench's baselines. `NoopHandler` is
 * awaited, like ours (the same dispatch path, so the difference is our own work);
 * `BackgroundNoopHandler` keeps LangChain's default, where every callback goes through its
 * background promise queue (what a plain `BaseCallbackHandler` subclass costs an app).
 */
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';

export { awaitAllCallbacks } from '@langchain/core/callbacks/promises';
export type { BaseCallbackHandler } from '@langchain/core/callbacks/base';

export class NoopHandler extends BaseCallbackHandler {
  name = 'noop_handler';
  constructor(options: { awaited?: boolean } = {}) {
    super(options.awaited === false ? {} : { _awaitHandler: true });
  }
  override handleChatModelStart(): void {}
  override handleLLMStart(): void {}
  override handleLLMNewToken(): void {}
  override handleLLMEnd(): void {}
  override handleLLMError(): void {}
  override handleChainStart(): void {}
  override handleChainEnd(): void {}
  override handleChainError(): void {}
  override handleToolStart(): void {}
  override handleToolEnd(): void {}
  override handleToolError(): void {}
  override handleRetrieverStart(): void {}
  override handleRetrieverEnd(): void {}
  override handleRetrieverError(): void {}
}

export class BackgroundNoopHandler extends NoopHandler {
  override name = 'background_noop_handler';
  constructor() {
    super({ awaited: false });
  }
}
