/** The attribution options every llmtop AI SDK hook accepts, turned into span fields. */
import type { SpanStart } from '@llmtop/core';

export interface LlmtopAiOptions {
  /** Agent the recorded spans belong to; else the enclosing span's or the ambient one. */
  agent?: string;
  sessionId?: string;
  userId?: string;
  feature?: string;
  tags?: string[];
}

export type ContextFields = Pick<SpanStart, 'agent' | 'sessionId' | 'userId' | 'feature' | 'tags'>;

/** Only the fields that are set, so the recorder's inheritance fills in the rest. */
export function contextFields(options: LlmtopAiOptions | undefined): ContextFields {
  const fields: ContextFields = {};
  if (options === undefined) return fields;
  if (options.agent !== undefined) fields.agent = options.agent;
  if (options.sessionId !== undefined) fields.sessionId = options.sessionId;
  if (options.userId !== undefined) fields.userId = options.userId;
  if (options.feature !== undefined) fields.feature = options.feature;
  if (options.tags !== undefined) fields.tags = options.tags;
  return fields;
}
