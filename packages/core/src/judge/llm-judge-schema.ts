/** The structured answer the LLM judge asks for, and its validation (hand-written: core has no zod). */

export type ClaimVerdict = 'supported' | 'contradicted' | 'not_in_context';
export type InstructionVerdictLabel = 'followed' | 'violated' | 'not_applicable';

export interface LlmJudgeAnswer {
  claims: { claim: string; evidence: string | null; verdict: ClaimVerdict }[];
  chunks: { index: number; reason: string; rating: number }[];
  answer_relevance: { reason: string; noncommittal: boolean; rating: number };
  instructions: { id: number; reason: string; verdict: InstructionVerdictLabel }[];
}

export const LLM_JUDGE_SCHEMA_TEXT = `{
  "claims": [ { "claim": string, "evidence": string | null  /* exact quote from CONTEXT */, "verdict": "supported" | "contradicted" | "not_in_context" } ],
  "chunks": [ { "index": integer /* 0-based chunk number */, "reason": string, "rating": 0 | 1 | 2 | 3 } ],
  "answer_relevance": { "reason": string, "noncommittal": boolean, "rating": 0 | 1 | 2 | 3 },
  "instructions": [ { "id": integer /* instruction number */, "reason": string, "verdict": "followed" | "violated" | "not_applicable" } ]
}`;

/** The first balanced JSON object in a text (models wrap JSON in prose or code fences). */
export function extractJsonObject(text: string): string | undefined {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isRating = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3;

function arrayField(data: Record<string, unknown>, key: string, issues: string[]): unknown[] {
  const value = data[key];
  if (Array.isArray(value)) return value;
  issues.push(`"${key}" must be an array`);
  return [];
}

export type ParseResult = { ok: true; value: LlmJudgeAnswer } | { ok: false; issues: string[] };

/** Parses and validates the judge's text against the schema and the expected chunk/instruction counts. */
export function parseLlmJudgeAnswer(
  text: string,
  expected: { chunks: number; instructions: number },
): ParseResult {
  const json = extractJsonObject(text);
  if (json === undefined)
    return { ok: false, issues: ['no complete JSON object found (truncated or missing)'] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, issues: [`invalid JSON: ${(error as Error).message}`] };
  }
  const issues: string[] = [];
  if (!isRecord(data)) return { ok: false, issues: ['the answer must be a JSON object'] };
  const claims = arrayField(data, 'claims', issues);
  claims.forEach((c, i) => {
    if (!isRecord(c) || typeof c.claim !== 'string' || !c.claim)
      issues.push(`claims[${i}].claim must be a non-empty string`);
    else if (!(c.evidence === null || typeof c.evidence === 'string'))
      issues.push(`claims[${i}].evidence must be a string or null`);
    else if (!['supported', 'contradicted', 'not_in_context'].includes(String(c.verdict)))
      issues.push(`claims[${i}].verdict must be supported, contradicted or not_in_context`);
  });
  const chunks = arrayField(data, 'chunks', issues);
  chunks.forEach((c, i) => {
    if (!isRecord(c) || typeof c.index !== 'number' || !isRating(c.rating))
      issues.push(`chunks[${i}] must have an integer index and a rating 0–3`);
  });
  if (chunks.length !== expected.chunks)
    issues.push(`"chunks" must have exactly ${expected.chunks} entries, one per context chunk`);
  const relevance = data.answer_relevance;
  if (!isRecord(relevance) || !isRating(relevance.rating) || typeof relevance.noncommittal !== 'boolean')
    issues.push('"answer_relevance" must have a rating 0–3 and a boolean noncommittal');
  const instructions = arrayField(data, 'instructions', issues);
  instructions.forEach((c, i) => {
    if (
      !isRecord(c) ||
      typeof c.id !== 'number' ||
      !['followed', 'violated', 'not_applicable'].includes(String(c.verdict))
    )
      issues.push(
        `instructions[${i}] must have an integer id and verdict followed, violated or not_applicable`,
      );
  });
  if (instructions.length !== expected.instructions)
    issues.push(`"instructions" must have exactly ${expected.instructions} entries, one per instruction`);
  if (issues.length) return { ok: false, issues };
  const d = data as Record<string, unknown>;
  return {
    ok: true,
    value: {
      claims: (d.claims as Record<string, unknown>[]).map((c) => ({
        claim: String(c.claim),
        evidence: (c.evidence as string | null) ?? null,
        verdict: c.verdict as ClaimVerdict,
      })),
      chunks: (d.chunks as Record<string, unknown>[]).map((c) => ({
        index: Number(c.index),
        reason: String(c.reason ?? ''),
        rating: Number(c.rating),
      })),
      answer_relevance: {
        reason: String((relevance as Record<string, unknown>).reason ?? ''),
        noncommittal: Boolean((relevance as Record<string, unknown>).noncommittal),
        rating: Number((relevance as Record<string, unknown>).rating),
      },
      instructions: (d.instructions as Record<string, unknown>[]).map((c) => ({
        id: Number(c.id),
        reason: String(c.reason ?? ''),
        verdict: c.verdict as InstructionVerdictLabel,
      })),
    },
  };
}
