/**
 * Model-id normalisation: the same model reaches us as `openai/gpt-4o`, `gpt-4o-2024-08-06`,
 * `us.anthropic.claude-sonnet-4-20250514-v1:0`, `claude-sonnet-4@20250514`, `models/gemini-2.5-pro`
 * or `mistral-large-latest`. `modelIdCandidates` lists the forms to look up, most specific first,
 * so a dated snapshot that is priced differently (`gpt-4o-2024-05-13`) is found before its family.
 */

/** Bedrock ids: an optional cross-region profile, then the vendor, then the model (`us.anthropic.claude-…`). */
const BEDROCK_ID =
  /^(?:(?:us|eu|apac|us-gov|global|jp|au|ca)\.)?(?:anthropic|meta|mistral|amazon|cohere|ai21|deepseek|openai|qwen|writer)\.(.+)$/;

/** Suffixes stripped one after the other; each step yields one more (less specific) candidate. */
const SUFFIX_STEPS: readonly RegExp[] = [
  /@[\w.-]*$/, // Vertex AI: claude-sonnet-4@20250514, gemini-1.5-pro@002
  /:\d+$/, // Bedrock: …-v1:0
  /-v\d+$/, // Bedrock/Vertex revision: …-v2
  /-latest$/,
  /-(?:\d{4}-\d{2}-\d{2}|\d{8}|\d{2}-\d{2}|\d{4}|\d{3})$/, // -2024-08-06, -20241022, -05-20, -2411/-0613, -002
  /-preview$/,
];

/** Provider names as adapters report them (AI SDK `openai.chat`, LangChain `bedrock`, …) → host key. */
const HOST_ALIASES: Record<string, string> = {
  togetherai: 'together',
  'together-ai': 'together',
  'amazon-bedrock': 'bedrock',
  'aws-bedrock': 'bedrock',
  'bedrock-converse': 'bedrock',
  'fireworks-ai': 'fireworks',
  fireworksai: 'fireworks',
  'google-vertex': 'vertex',
  'google-generative-ai': 'google',
  'azure-openai': 'azure',
};

export interface ModelIdForms {
  /** Forms to look up, most specific first; the last one is the model's family id. */
  candidates: string[];
  /** The host implied by the id itself (`bedrock` for `meta.llama3-…`), if any. */
  host?: string;
}

export function modelIdCandidates(modelId: string): ModelIdForms {
  let id = modelId.trim().toLowerCase();
  const candidates: string[] = [];
  const push = () => {
    if (id !== '' && candidates.at(-1) !== id) candidates.push(id);
  };
  push();
  // Fine-tuned models are priced differently from their base model: only an exact override prices them.
  if (id.startsWith('ft:')) return { candidates };
  if (id.startsWith('models/')) id = id.slice('models/'.length);
  const slash = id.lastIndexOf('/');
  if (slash >= 0) id = id.slice(slash + 1);
  push();
  let host: string | undefined;
  const bedrock = BEDROCK_ID.exec(id);
  if (bedrock?.[1]) {
    host = 'bedrock';
    id = bedrock[1];
    push();
  }
  // Claude versions are written with dots by some routers (`claude-3.5-sonnet`, `claude-sonnet-4.5`).
  if (id.startsWith('claude-')) {
    id = id.replace(/(\d)\.(\d)/g, '$1-$2');
    push();
  }
  for (const step of SUFFIX_STEPS) {
    id = id.replace(step, '');
    push();
  }
  // Any other `name:tag` (Ollama `llama3:8b`, OpenRouter `:free`) is not a list-priced model.
  const forms = candidates.filter((candidate) => !candidate.includes(':') || candidate === candidates[0]);
  return host === undefined ? { candidates: forms } : { candidates: forms, host };
}

/** The model's family id: the least specific candidate (`gpt-4o` for `openai/gpt-4o-2024-08-06`). */
export function normalizeModelId(modelId: string): string {
  return modelIdCandidates(modelId).candidates.at(-1) ?? '';
}

/** A span's provider as a host key for host-priced models: `groq.chat` → `groq`, `amazon-bedrock` → `bedrock`. */
export function normalizeHost(provider: string | undefined): string | undefined {
  if (provider === undefined) return undefined;
  const name = provider.trim().toLowerCase().split('.')[0] ?? '';
  if (name === '') return undefined;
  return HOST_ALIASES[name] ?? name;
}
