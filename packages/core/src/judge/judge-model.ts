/**
 * The model an LLM judge calls. Deliberately minimal so core depends on no framework: the adapters
 * (@llmtop/vercel-ai, @llmtop/langchain) wrap their models into it.
 */
export interface JudgeModelRequest {
  system: string;
  prompt: string;
  signal?: AbortSignal;
  /** Upper bound on the answer; adapters pass it on when the model supports it. */
  maxOutputTokens?: number;
}

export interface JudgeModelResponse {
  text: string;
  usage?: { input?: number; output?: number; reasoning?: number };
  provider?: string;
  model?: string;
  finishReason?: string;
}

export interface JudgeModel {
  readonly provider?: string;
  readonly model?: string;
  generate(request: JudgeModelRequest): Promise<JudgeModelResponse>;
}
