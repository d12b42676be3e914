/**
 * Provider names: whatever an adapter stored (LangChain `ls_provider`, AI SDK provider ids such as
 * `openai.chat`) → the GenAI semconv `gen_ai.provider.name` value → OpenInference `llm.provider` /
 * `llm.system`, as Phoenix maps them (otlp-notes §6.3).
 */

const SEMCONV_PROVIDERS = new Set([
  'openai',
  'anthropic',
  'aws.bedrock',
  'azure.ai.inference',
  'azure.ai.openai',
  'cohere',
  'deepseek',
  'gcp.gemini',
  'gcp.gen_ai',
  'gcp.vertex_ai',
  'groq',
  'ibm.watsonx.ai',
  'mistral_ai',
  'perplexity',
  'x_ai',
]);

const ALIASES: Record<string, string> = {
  azure: 'azure.ai.openai',
  azure_openai: 'azure.ai.openai',
  'azure-openai': 'azure.ai.openai',
  bedrock: 'aws.bedrock',
  amazon_bedrock: 'aws.bedrock',
  'amazon-bedrock': 'aws.bedrock',
  google: 'gcp.gen_ai',
  google_genai: 'gcp.gen_ai',
  'google-genai': 'gcp.gen_ai',
  'google.generative-ai': 'gcp.gen_ai',
  gemini: 'gcp.gemini',
  vertex: 'gcp.vertex_ai',
  vertexai: 'gcp.vertex_ai',
  google_vertexai: 'gcp.vertex_ai',
  'google.vertex': 'gcp.vertex_ai',
  mistral: 'mistral_ai',
  mistralai: 'mistral_ai',
  xai: 'x_ai',
  watsonx: 'ibm.watsonx.ai',
};

const TO_OPENINFERENCE: Record<string, { provider?: string; system?: string }> = {
  openai: { provider: 'openai', system: 'openai' },
  anthropic: { provider: 'anthropic', system: 'anthropic' },
  cohere: { provider: 'cohere', system: 'cohere' },
  mistral_ai: { provider: 'mistralai', system: 'mistralai' },
  deepseek: { provider: 'deepseek' },
  groq: { provider: 'groq' },
  perplexity: { provider: 'perplexity' },
  x_ai: { provider: 'xai' },
  'azure.ai.openai': { provider: 'azure', system: 'openai' },
  'azure.ai.inference': { provider: 'azure' },
  'aws.bedrock': { provider: 'aws' },
  'gcp.vertex_ai': { provider: 'google', system: 'vertexai' },
  'gcp.gen_ai': { provider: 'google' },
  'gcp.gemini': { provider: 'google' },
};

/** The `gen_ai.provider.name` value for a stored provider string (unknown ones pass through lowercased). */
export function genAiProviderName(stored: string): string {
  const value = stored.trim().toLowerCase();
  if (SEMCONV_PROVIDERS.has(value)) return value;
  const alias = ALIASES[value];
  if (alias) return alias;
  // AI SDK ids look like `openai.chat` or `anthropic.messages`.
  const head = value.split('.')[0] ?? value;
  if (SEMCONV_PROVIDERS.has(head)) return head;
  return ALIASES[head] ?? value;
}

/** OpenInference `llm.provider` / `llm.system` for a `gen_ai.provider.name` value. */
export function openInferenceProvider(genAiName: string): { provider?: string; system?: string } {
  return TO_OPENINFERENCE[genAiName] ?? { system: genAiName };
}
