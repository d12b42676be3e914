/**
 * The shape of one model's price. All prices are USD per 1 million tokens.
 *
 * Token convention (the same as `TokenUsage`): `input` counts ALL prompt tokens, including cache
 * reads and cache writes; `output` counts all generated tokens, including reasoning tokens. The
 * cache and reasoning counts are therefore subsets, priced at their own rate instead of the base one.
 */
export interface ModelPriceInput {
  /** Uncached input tokens. */
  input: number;
  /** Generated tokens. Omitted for embedding models, which bill input only. */
  output?: number;
  /** Input tokens served from the prompt cache. Default: `input`. */
  cacheRead?: number;
  /** Input tokens written to the prompt cache (Anthropic: the 5-minute TTL rate). Default: `input`. */
  cacheWrite?: number;
  /** Reasoning ("thinking") tokens. Default: `output`. */
  reasoning?: number;
  /** Prices that replace the base ones when a call's input exceeds `aboveInputTokens` (long-context tiers). */
  longContext?: LongContextPrice;
  /** Where the price was published. */
  source?: string;
  /** When the price was published or last checked (YYYY-MM-DD). */
  date?: string;
}

export interface LongContextPrice {
  aboveInputTokens: number;
  input: number;
  output?: number;
  cacheRead?: number;
  cacheWrite?: number;
  reasoning?: number;
}

/** One row of the built-in price table. */
export interface PriceTableEntry extends ModelPriceInput {
  /** The model id in its canonical, normalised form (lower case, no provider prefix or date suffix). */
  id: string;
  /**
   * The host that sets this price, for models several hosts sell at different prices (Llama on Groq,
   * Together, Bedrock, Fireworks). Such an entry is used for spans from that host; without a host it
   * is used only when no other host's entry shares the id.
   */
  host?: string;
  /** Other ids (already normalised) that mean the same model at the same price. */
  aliases?: readonly string[];
  source: string;
  date: string;
}
