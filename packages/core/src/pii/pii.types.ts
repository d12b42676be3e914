/**
 * Public types of the PII/secret masker.
 *
 * Entity types produced by the built-in recognizers: EMAIL, PHONE, CREDIT_CARD, IBAN, US_SSN,
 * IP_ADDRESS, URL_CREDENTIALS (the `user:pass` part of a URL, or a token-bearing query value),
 * SECRET (all credential kinds: private keys, cloud/LLM-provider/VCS/chat/payment keys, JWTs,
 * Authorization values, `password=`-style assignments), PERSON, STREET_ADDRESS. Custom recognizers
 * may add any other upper-case type name. `counts` may also hold REDACTED_FIELD: fields replaced by
 * `PII_REDACTION_MARKER` because masking them failed (fail closed).
 *
 * Placeholders are `<TYPE_n>`, numbered per scope (one per trace) and stable for the same value
 * (compared case-insensitively for e-mails and names, digits-only for cards, phones and SSNs). A
 * name found once in a trace is masked wherever it appears later in that trace.
 */

/** One detected entity; offsets are UTF-16 indexes into the ORIGINAL text. */
export interface PiiEntity {
  type: string;
  start: number;
  end: number;
  score?: number;
}

export interface MaskResult {
  text: string;
  entities: PiiEntity[];
}

/**
 * Per-trace numbering state: the same value of the same type maps to the same `<TYPE_n>` within
 * one scope. Opaque to callers; create one with `Masker.createScope()`.
 */
export interface PlaceholderScope {
  readonly kind: 'llmtop.pii.scope';
}

export interface Masker {
  /** Masks one string. Without a scope, numbering starts fresh for this call. */
  mask(text: string, scope?: PlaceholderScope): MaskResult;
  /**
   * Walks any JSON-like value and returns a masked copy: every string is masked, values under
   * sensitive keys (password, apiKey, authorization, secret, token, …) are replaced entirely.
   * `counts` holds the number of masked entities per type (never the values).
   */
  maskValue(value: unknown, scope?: PlaceholderScope): { value: unknown; counts: Record<string, number> };
  /** Parses JSON text, masks it with `maskValue`, re-stringifies. Fail closed: on any error the
   * result is `PII_REDACTION_MARKER` (as a JSON string), never the input. */
  maskJsonText(jsonText: string, scope?: PlaceholderScope): { text: string; counts: Record<string, number> };
  createScope(): PlaceholderScope;
  /**
   * A scope's numbering as structured-cloneable data, to carry on in another thread's masker with
   * `restoreScope`. It holds the raw values: keep it in memory, never store or send it.
   */
  scopeSnapshot(scope: PlaceholderScope): unknown;
  restoreScope(snapshot: unknown): PlaceholderScope;
}

/** A user-supplied pattern. Plain data so that options survive `structuredClone` (workerData). */
export interface CustomRecognizer {
  /** Upper-case entity type, e.g. 'EMPLOYEE_ID'. Placeholders become `<EMPLOYEE_ID_n>`. */
  type: string;
  /** Global flag is added if missing. Keep it linear (no nested quantifiers). */
  pattern: RegExp;
  /** 0–1, default 0.8. Below `scoreThreshold` the match needs a context word to count. */
  score?: number;
  /** Lower-case words; one of them shortly before the match raises the score by 0.35. */
  contextWords?: string[];
}

/** What to do with the string values under one JSON key (matched case-insensitively, ignoring `_`/`-`). */
export type FieldPolicy = 'mask' | 'redact' | 'keep';

export interface MaskerOptions {
  /** Extra pattern recognizers. */
  customRecognizers?: CustomRecognizer[];
  /** Values never masked (exact, case-insensitive), e.g. a support address you want to keep. */
  allowList?: Array<string | RegExp>;
  /** Extra key names whose values are replaced entirely (added to the built-in list). */
  sensitiveKeys?: string[];
  /** Replaces the built-in sensitive-key list instead of extending it. */
  replaceSensitiveKeys?: boolean;
  /** Per-key policy: 'redact' = replace whole value, 'keep' = leave untouched, 'mask' = detect. */
  fieldPolicies?: Record<string, FieldPolicy>;
  /** Entity types to switch off, e.g. ['PERSON', 'STREET_ADDRESS']. */
  disabledTypes?: string[];
  /** Minimum score for an entity to be masked; default 0.4 (Presidio's evaluation threshold). */
  scoreThreshold?: number;
  /** Strings longer than this are not scanned but replaced by the redaction marker; default 1 MiB. */
  maxStringLength?: number;
}
