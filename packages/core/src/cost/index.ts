// Cost: the price table, model-id normalisation, pricing a span, attribution and model comparison.
export {
  type CalendarPeriod,
  type CalendarUnit,
  calendarPeriod,
  isValidTimeZone,
  previousCalendarPeriod,
} from './calendar.js';
export {
  COST_DIMENSIONS,
  type CostBreakdown,
  type CostBreakdownOptions,
  type CostBreakdownRow,
  type CostBucket,
  type CostDimension,
  type CostOverTimeOptions,
  type CostTotals,
  queryCostBreakdown,
  queryCostOverTime,
  queryCostTotals,
} from './cost-queries.js';
export {
  compareModelVersions,
  type ModelComparisonOptions,
  type ModelVersionQuality,
  type ModelVersionRow,
} from './model-comparison.js';
export type { LongContextPrice, ModelPriceInput, PriceTableEntry } from './model-price.js';
export { modelIdCandidates, normalizeHost, normalizeModelId } from './normalize-model-id.js';
export {
  costOfCall,
  createPriceBook,
  type PriceableSpan,
  type PriceableUsage,
  type PriceBook,
  type PriceBookOptions,
  type ResolvedModelPrice,
  type SpanPrice,
} from './price-book.js';
export { PRICE_TABLE, PRICE_TABLE_VERSION } from './price-table.js';
export type { SpanFilter as CostFilter } from './sql-helpers.js';
