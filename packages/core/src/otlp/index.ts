// Public exports of @llmtop/core/otlp.
export {};
