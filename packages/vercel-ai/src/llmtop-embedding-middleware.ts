/**
 * `llmtopEmbeddingMiddleware(llmtop)` for `wrapEmbeddingModel` (ai 6 and 7): one `embedding` span
 * per provider `doEmbed` call (`embed` makes one, `embedMany` one per chunk) with the values
 * embedded, the vector count and dimensions (never the vectors) and the token usage.
 */
import type { Llmtop, SpanStart } from '@llmtop/core';
import { nextKey, sharedContext } from './shared-context.js';
import { contextFields, type LlmtopAiOptions } from './span-context.js';

export interface LlmtopEmbeddingModelMiddleware {
  /**
   * ai 6 requires 'v3'; ai 7 accepts 'v3' and 'v4' and ignores it. The hooks read only fields
   * both spec versions share.
   */
  readonly specificationVersion: 'v3';
  wrapEmbed: (options: any) => Promise<any>;
}

interface EmbedOptions {
  doEmbed: () => PromiseLike<{ embeddings?: unknown[]; usage?: { tokens?: number } }>;
  params: { values?: unknown[] };
  model: { provider: string; modelId: string };
}

export function llmtopEmbeddingMiddleware(
  llmtop: Llmtop,
  options?: LlmtopAiOptions,
): LlmtopEmbeddingModelMiddleware {
  const recorder = llmtop.recorder;
  const context = contextFields(options);
  const storage = sharedContext(llmtop).storage;
  return {
    specificationVersion: 'v3',
    async wrapEmbed({ doEmbed, params, model }: EmbedOptions) {
      let key: string | undefined;
      try {
        key = nextKey('ai-embed:');
        const init: SpanStart = {
          ...context,
          kind: 'embedding',
          name: model.modelId,
          provider: model.provider,
          requestModel: model.modelId,
          input: params.values,
        };
        const frame = storage.getStore();
        if (frame !== undefined) init.parentKey = frame.key;
        recorder.start(key, init);
      } catch {
        key = undefined;
      }
      let result: Awaited<ReturnType<EmbedOptions['doEmbed']>>;
      try {
        result = await doEmbed();
      } catch (error) {
        if (key !== undefined) recorder.error(key, error);
        throw error;
      }
      if (key !== undefined) {
        try {
          const embeddings = result.embeddings ?? [];
          const first = embeddings[0];
          const end: Parameters<typeof recorder.end>[1] = {
            output: {
              count: embeddings.length,
              dimensions: Array.isArray(first) ? first.length : undefined,
            },
          };
          const tokens = result.usage?.tokens;
          if (typeof tokens === 'number') end.usage = { input: tokens };
          recorder.end(key, end);
        } catch {
          recorder.end(key);
        }
      }
      return result;
    },
  };
}
