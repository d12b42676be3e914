/** The real pipeline stages built from a `WriterConfig`: the PII masker, the price book, judge sampling. */
import { createBudgetMonitor } from '../budgets/index.js';
import { createPriceBook } from '../cost/index.js';
import { decideJudgeSampling } from '../judge/index.js';
import { createMasker } from '../pii/index.js';
import type { PipelineStages } from '../pipeline/pipeline.js';
import { createRowSealer } from '../security/index.js';
import type { WriterConfig } from './writer-config.js';

export function createDefaultStages(
  config: WriterConfig,
  onError: (kind: string, error: unknown) => void,
): PipelineStages {
  const masker = createMasker(config.mask);
  const prices = createPriceBook(config.prices);
  const rate = config.judgeSampleRate;
  const stages: PipelineStages = {
    masker,
    priceSpan: (span) => prices.priceSpan(span),
    sample: (span) => decideJudgeSampling(span, rate),
    onError,
  };
  if (config.keyring) stages.seal = createRowSealer(config.keyring);
  return stages;
}

export function createDefaultBudgetMonitor(config: WriterConfig) {
  return config.budgets && config.budgets.budgets.length > 0
    ? createBudgetMonitor(config.budgets)
    : undefined;
}
