/**
 * PII masking benchmark.
 * 1. Accuracy on the dev split (`../shared/eval/pii-dev.jsonl`, presidio-research convention: a
 *    detected span counts when it overlaps a gold span of the same type) per type: precision,
 *    recall, F2; and overall for the types the masker claims.
 * 2. Throughput (MB/s) of the full masker on realistic 1–4 KB prompts and p99 per 4 KB prompt,
 *    side by side with a naive single combined regex in the same run. The prompts are flat
 *    strings, as the pipeline worker decodes them from span batches; the same prompts as slices
 *    of longer strings are timed beside them.
 * 3. Linearity: each pattern family against 1 MB adversarial strings, with its time.
 * PII_BENCH_DEBUG=<TYPE> prints that type's false positives and misses on the dev split.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMasker, type PiiEntity } from '../packages/core/src/pii/index.js';
import { fixed, median, percentile } from './stats.js';

/** Gold labels → our entity types. Gold types not listed are not claimed (LOCATION, ORG, …). */
const GOLD_TO_OURS: Record<string, string> = {
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  PERSON: 'PERSON',
  ADDRESS: 'STREET_ADDRESS',
  STREET_ADDRESS: 'STREET_ADDRESS', // synth_dataset_v2 spelling
};
const CLAIMED = Object.values(GOLD_TO_OURS);

interface Row {
  full_text: string;
  spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
}

function evalDir(): string {
  return process.env.LLMTOP_EVAL_DIR ?? new URL('../../shared/eval/', import.meta.url).pathname;
}

function f2(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
}

export function accuracy(
  log = true,
): Record<string, { p: number; r: number; f2: number; gold: number; found: number }> {
  // LLMTOP_PII_EVAL_FILE scores another file of the same format (e.g. a held-out split).
  const file = process.env.LLMTOP_PII_EVAL_FILE ?? `${evalDir()}/pii-dev.jsonl`;
  if (!existsSync(file)) {
    console.log(`accuracy: skipped (${file} not found; set LLMTOP_EVAL_DIR)`);
    return {};
  }
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Row);
  const masker = createMasker();
  const tally = new Map<string, { tpDetected: number; detected: number; tpGold: number; gold: number }>();
  const get = (type: string) => {
    let entry = tally.get(type);
    if (entry === undefined) {
      entry = { tpDetected: 0, detected: 0, tpGold: 0, gold: 0 };
      tally.set(type, entry);
    }
    return entry;
  };
  for (const type of [...CLAIMED, 'ALL']) get(type);
  const misses: string[] = [];
  for (const row of rows) {
    const found: PiiEntity[] = masker.mask(row.full_text).entities;
    const gold = row.spans
      .filter((span) => GOLD_TO_OURS[span.entity_type] !== undefined)
      .map((span) => ({
        type: GOLD_TO_OURS[span.entity_type]!,
        start: span.start_position,
        end: span.end_position,
      }));
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const entity of found) {
      if (!CLAIMED.includes(entity.type)) continue;
      const hit = gold.some((g) => g.type === entity.type && overlaps(g, entity));
      for (const key of [entity.type, 'ALL']) {
        get(key).detected++;
        if (hit) get(key).tpDetected++;
      }
      if (!hit && process.env.PII_BENCH_DEBUG === entity.type) {
        misses.push(
          `FP ${entity.type} ${JSON.stringify(row.full_text.slice(entity.start, entity.end))} | ${JSON.stringify(row.full_text.slice(Math.max(0, entity.start - 40), entity.end + 20))}`,
        );
      }
    }
    for (const span of gold) {
      const hit = found.some((entity) => entity.type === span.type && overlaps(span, entity));
      for (const key of [span.type, 'ALL']) {
        get(key).gold++;
        if (hit) get(key).tpGold++;
      }
      if (!hit && process.env.PII_BENCH_DEBUG === span.type) {
        misses.push(
          `FN ${span.type} ${JSON.stringify(row.full_text.slice(span.start, span.end))} | ${JSON.stringify(row.full_text.slice(Math.max(0, span.start - 40), span.end + 20))}`,
        );
      }
    }
  }
  const result: Record<string, { p: number; r: number; f2: number; gold: number; found: number }> = {};
  if (log) {
    console.log(`accuracy on ${file.split('/').pop()} (${rows.length} rows; overlap + same type)`);
    console.log('type            gold  found  precision  recall     F2');
  }
  for (const [type, t] of tally) {
    const p = t.detected === 0 ? 1 : t.tpDetected / t.detected;
    const r = t.gold === 0 ? 1 : t.tpGold / t.gold;
    result[type] = { p, r, f2: f2(p, r), gold: t.gold, found: t.detected };
    if (log) {
      console.log(
        `${(type === 'ALL' ? 'overall (claimed)' : type).padEnd(16)}${String(t.gold).padStart(4)}  ${String(t.detected).padStart(5)}  ${fixed(p, 3).padStart(9)}  ${fixed(r, 3).padStart(6)}  ${fixed(f2(p, r), 3).padStart(5)}`,
      );
    }
  }
  if (misses.length > 0) console.log(misses.join('\n'));
  return result;
}

/** Deterministic PRNG (mulberry32) so every run masks the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER =
  'The quarterly report shows revenue grew 12.5% to $4,200,000 while costs fell. Version 2.14.3 of the ' +
  'service fixed issue #4521 and order 88213 shipped on 2024-03-18 at 14:02:11 UTC. ';

/**
 * Realistic 1–4 KB prompts: a system line, a question and retrieved passages (RAGTruth contexts
 * from the eval folder when present), a JSON tool call, and one or two PII sentences from the dev
 * set or a planted credential, as LLM spans carry them.
 */
export function prompts(count: number, minBytes: number, maxBytes: number, seed: number): string[] {
  const next = random(seed);
  const dir = evalDir();
  const contexts = existsSync(`${dir}/faithfulness-dev.jsonl`)
    ? readFileSync(`${dir}/faithfulness-dev.jsonl`, 'utf8')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as { question?: string; context?: string })
    : [];
  const pii = existsSync(`${dir}/pii-dev.jsonl`)
    ? readFileSync(`${dir}/pii-dev.jsonl`, 'utf8')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => (JSON.parse(line) as Row).full_text)
    : ['Please email jane.doe@example.com or call +1 415 555 0100.'];
  const secrets = [
    'export OPENAI_API_KEY=sk-proj-4fT9xQ2LmN8vB3kR7sW1yZ6aD0cE5gH2jK9pL4qX',
    'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"',
    'db: postgres://admin:S3cr3tPa55@db.internal:5432/app',
    '{"password": "hunter2-Xy9!", "user": "ops"}',
  ];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = minBytes + Math.floor(next() * (maxBytes - minBytes));
    const source =
      contexts.length > 0 ? pick(contexts) : { question: 'What changed?', context: FILLER.repeat(40) };
    let text = `System: You are a helpful assistant for Acme Corp. Answer from the passages.\nUser: ${source.question ?? ''}\n`;
    text += `Tool call: {"name":"search_orders","arguments":{"customer":"${pick(pii)
      .slice(0, 80)
      .replace(/["\\\n]/g, ' ')}","limit":10}}\n`;
    text += `${pick(pii)}\n`;
    if (next() < 0.25) text += `${pick(secrets)}\n`;
    const body = source.context ?? FILLER;
    let offset = 0;
    while (Buffer.byteLength(text) < target) {
      text += body.slice(offset, offset + 512);
      offset = (offset + 512) % Math.max(1, body.length);
      if (offset === 0) text += `\n${pick(pii)}\n`;
    }
    out.push(text.slice(0, target));
  }
  return out;
}

/** A naive single combined regex (what a first attempt looks like): no validation, no context. */
const NAIVE =
  /[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:\d[ -]?){13,19}\b|\+?\d[\d\s().-]{6,}\d|\b\d{3}-\d{2}-\d{4}\b|\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b|sk-[\w-]{20,}|gh[pousr]_\w{36}|AKIA[A-Z0-9]{16}|eyJ[\w-]+\.[\w-]+\.[\w-]+|\b(?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+/g;

function throughput(): void {
  const masker = createMasker();
  const fast = createMasker({ disabledTypes: ['PERSON', 'STREET_ADDRESS'] });
  // The masker runs on strings the pipeline worker decoded from a span batch: flat copies. The
  // generator's prompts are slices of longer strings (V8 reads a slice through its parent), so the
  // target is timed on structured-clone copies, and the slices are timed beside them.
  const sliced = prompts(1500, 1024, 4096, 7);
  const corpus = structuredClone(sliced);
  const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const runMasker = (texts: readonly string[]) => {
    let scope = masker.createScope();
    for (let i = 0; i < texts.length; i++) {
      if (i % 20 === 0) scope = masker.createScope(); // one trace per 20 prompts
      masker.mask(texts[i]!, scope);
    }
  };
  const runFast = () => {
    let scope = fast.createScope();
    for (let i = 0; i < corpus.length; i++) {
      if (i % 20 === 0) scope = fast.createScope();
      fast.mask(corpus[i]!, scope);
    }
  };
  const runNaive = () => {
    for (const text of corpus) text.replace(NAIVE, '<PII>');
  };
  runMasker(corpus);
  runMasker(sliced);
  runFast();
  runNaive();
  const maskerRates: number[] = [];
  const slicedRates: number[] = [];
  const fastRates: number[] = [];
  const naiveRates: number[] = [];
  const rate = (run: () => void) => {
    const t0 = performance.now();
    run();
    return bytes / 1e6 / ((performance.now() - t0) / 1000);
  };
  for (let round = 0; round < 7; round++) {
    maskerRates.push(rate(() => runMasker(corpus)));
    slicedRates.push(rate(() => runMasker(sliced)));
    fastRates.push(rate(runFast));
    naiveRates.push(rate(runNaive));
  }
  const masked = median(maskerRates);
  const naive = median(naiveRates);
  const best = (rates: number[]) => fixed(Math.max(...rates), 1);
  console.log(
    `\nthroughput on ${corpus.length} prompts of 1–4 KB (${fixed(bytes / 1e6)} MB), median (best) of 7 rounds:` +
      `\n  full masker                          ${fixed(masked, 1)} MB/s (${best(maskerRates)})` +
      `\n  full masker, prompts as slices       ${fixed(median(slicedRates), 1)} MB/s (${best(slicedRates)})` +
      `\n  without PERSON and STREET_ADDRESS     ${fixed(median(fastRates), 1)} MB/s (${best(fastRates)})` +
      `\n  naive single combined regex          ${fixed(naive, 1)} MB/s (${best(naiveRates)})` +
      `\n  full masker / naive regex            ${fixed(masked / naive)}×`,
  );

  const four = structuredClone(prompts(2000, 4096, 4097, 11));
  for (const text of four.slice(0, 200)) masker.mask(text);
  const times = four.map((text) => {
    const t0 = performance.now();
    masker.mask(text);
    return performance.now() - t0;
  });
  console.log(
    `  per 4 KB prompt     p50 ${fixed(percentile(times, 50) * 1000, 0)} µs, p99 ${fixed(percentile(times, 99) * 1000, 0)} µs, max ${fixed(Math.max(...times) * 1000, 0)} µs`,
  );
}

/** 1 MB adversarial inputs per pattern family: time must grow linearly (ratio 1 MB / 0.5 MB ≈ 2). */
export function linearity(): void {
  const masker = createMasker({ maxStringLength: 4 * 1024 * 1024 });
  const cases: Array<[string, (n: number) => string]> = [
    ['email: local-part run, no @', (n) => 'a'.repeat(n)],
    ['email: a@ repeated', (n) => 'a@'.repeat(n / 2)],
    ['email: long domain labels', (n) => `x@${'a-'.repeat(n / 2)}`],
    ['digits: one run (card/phone/ssn)', (n) => '1'.repeat(n)],
    ['digits: "1 " repeated', (n) => '1 '.repeat(n / 2)],
    ['digits: "12-" repeated', (n) => '12-'.repeat(n / 3)],
    ['iban: GB12 + alnum run', (n) => `GB12${'A1'.repeat(n / 2)}`],
    ['ip: "1." repeated', (n) => '1.'.repeat(n / 2)],
    ['ipv6: "a:" repeated', (n) => 'a:'.repeat(n / 2)],
    ['ipv6: colons only', (n) => ':'.repeat(n)],
    ['url: "://" repeated', (n) => 'a://'.repeat(n / 4)],
    ['url: userinfo without @', (n) => `http://${'u:'.repeat(n / 2)}`],
    ['secret: PEM without END', (n) => `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(n)}`],
    ['secret: sk- run', (n) => `sk-${'a'.repeat(n)}`],
    ['secret: eyJ repeated', (n) => 'eyJ.'.repeat(n / 4)],
    ['secret: password= repeated', (n) => 'password='.repeat(n / 9)],
    ['secret: authorization run', (n) => `Authorization: Bearer ${'a'.repeat(n)}`],
    ['person: "Aa " repeated', (n) => 'Aa '.repeat(n / 3)],
    ['person: "John Smith " repeated', (n) => 'John Smith '.repeat(n / 11)],
    ['address: "1 Aa " repeated', (n) => '1 Aa '.repeat(n / 5)],
    ['address: street lines', (n) => '12 Main Street\n'.repeat(n / 15)],
    ['address: "Apt. 1, " repeated', (n) => 'Apt. 1, '.repeat(n / 8)],
    ['mixed prose', (n) => FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n)],
  ];
  console.log(
    '\nlinearity: full masker on adversarial strings, time at 0.5 → 1 → 2 MB (≈2× per step means linear;' +
      ' flagged only when both steps exceed 3×, single steps can jump at a GC threshold)',
  );
  for (const [name, make] of cases) {
    // Best of three per size: single runs on this shared 2-core box are noisy (GC, neighbours).
    const time = (n: number) => {
      const text = make(n);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        masker.mask(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(10_000);
    const half = time(500_000);
    const full = time(1_000_000);
    const double = time(2_000_000);
    const verdict = full > 20 && full / half > 3 && double / full > 3 ? '  ← superlinear' : '';
    console.log(
      `  ${name.padEnd(34)} ${fixed(half, 1).padStart(7)} → ${fixed(full, 1).padStart(7)} → ${fixed(double, 1).padStart(7)} ms${verdict}`,
    );
  }
}

export async function bench(): Promise<void> {
  accuracy();
  throughput();
  linearity();
}
