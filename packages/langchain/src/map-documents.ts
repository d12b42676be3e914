/** Retrieved documents → `[{ pageContent, metadata, score? }]`, the score read from the metadata. */
export interface LoggedDocument {
  pageContent: unknown;
  metadata: unknown;
  score?: number;
}

const SCORE_KEYS = ['score', 'relevance_score', 'relevanceScore', 'similarity_score', 'similarity'] as const;

function scoreOf(metadata: unknown): number | undefined {
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  for (const key of SCORE_KEYS) {
    const value = (metadata as Record<string, unknown>)[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

export function mapDocuments(documents: unknown): LoggedDocument[] {
  if (!Array.isArray(documents)) return [];
  return documents.map((value) => {
    const document = (typeof value === 'object' && value !== null ? value : { pageContent: value }) as {
      pageContent?: unknown;
      metadata?: unknown;
    };
    const logged: LoggedDocument = { pageContent: document.pageContent, metadata: document.metadata ?? {} };
    const score = scoreOf(document.metadata);
    if (score !== undefined) logged.score = score;
    return logged;
  });
}
