/** An awaited handler that does nothing: LangChain's own dispatch cost, the bench's baseline. */
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';

export { awaitAllCallbacks } from '@langchain/core/callbacks/promises';
export type { BaseCallbackHandler } from '@langchain/core/callbacks/base';

export class NoopHandler extends BaseCallbackHandler {
  name = 'noop_handler';
  constructor() {
    super({ _awaitHandler: true });
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
