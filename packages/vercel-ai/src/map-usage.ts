/**
 * Maps the AI SDK's token usage shapes onto llmtop's `TokenUsage`.
 *
 * Three shapes reach us: the provider's nested one (spec v3 and v4:
 * `inputTokens: { total, noCache, cacheRead, cacheWrite }`), the user-facing one
 * (`inputTokens: number, inputTokenDetails: { cacheReadTokens, … }`) and the older flat one
 * (`cachedInputTokens`, `reasoningTokens`). An absent count stays undefined, never 0.
 */
import type { TokenUsage } from '@llmtop/core';

type Loose = Record<string, unknown> | undefined;

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function mapUsage(usage: unknown): TokenUsage | undefined {
  if (usage === null || typeof usage !== 'object') return undefined;
  const source = usage as Record<string, unknown>;
  const result: TokenUsage = {};
  const input = source.inputTokens;
  const output = source.outputTokens;
  if (input !== null && typeof input === 'object') {
    const nested = input as Record<string, unknown>;
    assign(result, 'input', nested.total);
    assign(result, 'cacheRead', nested.cacheRead);
    assign(result, 'cacheWrite', nested.cacheWrite);
  } else {
    assign(result, 'input', input);
    const details = source.inputTokenDetails as Loose;
    assign(result, 'cacheRead', details?.cacheReadTokens ?? source.cachedInputTokens);
    assign(result, 'cacheWrite', details?.cacheWriteTokens);
  }
  if (output !== null && typeof output === 'object') {
    const nested = output as Record<string, unknown>;
    assign(result, 'output', nested.total);
    assign(result, 'reasoning', nested.reasoning);
  } else {
    assign(result, 'output', output);
    const details = source.outputTokenDetails as Loose;
    assign(result, 'reasoning', details?.reasoningTokens ?? source.reasoningTokens);
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** `{ unified, raw }` (spec v3/v4) or a plain string (older specs). */
export function mapFinishReason(reason: unknown): string | undefined {
  if (typeof reason === 'string') return reason;
  if (reason !== null && typeof reason === 'object') {
    const unified = (reason as { unified?: unknown }).unified;
    if (typeof unified === 'string') return unified;
  }
  return undefined;
}

function assign(target: TokenUsage, field: keyof TokenUsage, value: unknown): void {
  const n = count(value);
  if (n !== undefined) target[field] = n;
}
