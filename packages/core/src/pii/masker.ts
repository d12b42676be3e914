/**
 * The masker: `createMasker(options)` builds the recognizer list once; `mask` replaces detected
 * entities with `<TYPE_n>` placeholders numbered per scope (one scope per trace), `maskValue`
 * walks JSON-like values (sensitive keys masked wholesale), `maskJsonText` does the same for JSON
 * text. Failure is closed: a field that cannot be masked becomes `PII_REDACTION_MARKER`.
 */
import { BUILT_IN_RECOGNIZERS, customRecognizer, type DetectOptions, detect } from './detect.js';
import type { Masker, MaskerOptions, MaskResult, PlaceholderScope } from './pii.types.js';
import { ScopeState, scopeState } from './placeholder-scope.js';
import { createKeyRules, type KeyRules } from './sensitive-keys.js';

/** What a field becomes when masking it failed (or it was too large to scan). */
export const PII_REDACTION_MARKER = '<REDACTED_FIELD>';

const DEFAULT_THRESHOLD = 0.4;
const DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
const MAX_DEPTH = 64;
const REDACTED_COUNT_KEY = 'REDACTED_FIELD';

type Counts = Record<string, number>;

function addCount(counts: Counts, type: string, n = 1): void {
  counts[type] = (counts[type] ?? 0) + n;
}

function buildAllow(list: MaskerOptions['allowList']): ((value: string) => boolean) | undefined {
  if (list === undefined || list.length === 0) return undefined;
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of list) {
    if (typeof entry === 'string') exact.add(entry.trim().toLowerCase());
    else patterns.push(new RegExp(entry.source, entry.flags.replace('g', '').replace('y', '')));
  }
  return (value) => exact.has(value.trim().toLowerCase()) || patterns.some((pattern) => pattern.test(value));
}

export function createMasker(options: MaskerOptions = {}): Masker {
  const disabled = new Set(options.disabledTypes ?? []);
  const recognizers = [
    ...BUILT_IN_RECOGNIZERS.filter((recognizer) => !disabled.has(recognizer.type)),
    ...(options.customRecognizers ?? []).filter((spec) => !disabled.has(spec.type)).map(customRecognizer),
  ];
  const detectOptions: DetectOptions = {
    recognizers,
    threshold: options.scoreThreshold ?? DEFAULT_THRESHOLD,
    allow: buildAllow(options.allowList),
  };
  const maxLength = options.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH;
  const keyRules: KeyRules = createKeyRules(
    options.sensitiveKeys,
    options.replaceSensitiveKeys === true,
    options.fieldPolicies,
  );
  const propagate = !disabled.has('PERSON');

  function maskWithState(text: string, state: ScopeState): MaskResult {
    if (text.length > maxLength)
      throw new RangeError(`string of ${text.length} chars exceeds maxStringLength`);
    const entities = detect(text, detectOptions, propagate ? state.knownNames : undefined);
    if (entities.length === 0) return { text, entities };
    let out = '';
    let cursor = 0;
    // One pass remembers the names and makes the placeholders.
    for (const entity of entities) {
      const value = text.slice(entity.start, entity.end);
      const placeholder =
        propagate && entity.type === 'PERSON'
          ? state.personPlaceholder(value)
          : state.placeholderFor(entity.type, value);
      out += text.slice(cursor, entity.start) + placeholder;
      cursor = entity.end;
    }
    return { text: out + text.slice(cursor), entities };
  }

  /** Masks one string; never throws: a failure yields the marker. */
  function maskString(text: string, state: ScopeState, counts: Counts): string {
    try {
      const result = maskWithState(text, state);
      for (const entity of result.entities) addCount(counts, entity.type);
      return result.text;
    } catch {
      addCount(counts, REDACTED_COUNT_KEY);
      return PII_REDACTION_MARKER;
    }
  }

  /** Replaces a whole value (any shape) under a sensitive key; null/boolean carry nothing. */
  function redactWhole(
    value: unknown,
    type: string,
    state: ScopeState,
    counts: Counts,
    depth: number,
  ): unknown {
    if (value === null || value === undefined || typeof value === 'boolean') return value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      const text = String(value);
      if (text.length === 0) return value;
      addCount(counts, type);
      return state.placeholderFor(type, text);
    }
    if (depth > MAX_DEPTH) {
      addCount(counts, REDACTED_COUNT_KEY);
      return PII_REDACTION_MARKER;
    }
    if (Array.isArray(value)) return value.map((item) => redactWhole(item, type, state, counts, depth + 1));
    if (typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value))
        out[key] = redactWhole(item, type, state, counts, depth + 1);
      return out;
    }
    addCount(counts, REDACTED_COUNT_KEY);
    return PII_REDACTION_MARKER;
  }

  function walk(
    value: unknown,
    state: ScopeState,
    counts: Counts,
    depth: number,
    seen: Set<object>,
  ): unknown {
    if (typeof value === 'string') return maskString(value, state, counts);
    if (value === null || typeof value !== 'object') {
      return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
    }
    if (depth > MAX_DEPTH || seen.has(value)) {
      addCount(counts, REDACTED_COUNT_KEY);
      return PII_REDACTION_MARKER;
    }
    // Binary data cannot be scanned as text: fail closed rather than store its bytes.
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      addCount(counts, REDACTED_COUNT_KEY);
      return PII_REDACTION_MARKER;
    }
    if (value instanceof Date)
      return maskString(Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString(), state, counts);
    seen.add(value);
    try {
      if (Array.isArray(value)) return value.map((item) => walkField(item, state, counts, depth + 1, seen));
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const maskedKey = maskString(key, state, counts);
        const rule = keyRules.policyFor(key);
        if (rule === undefined) out[maskedKey] = walkField(item, state, counts, depth + 1, seen);
        else if (rule.policy === 'keep') out[maskedKey] = item;
        else out[maskedKey] = redactWhole(item, rule.type, state, counts, depth + 1);
      }
      return out;
    } finally {
      seen.delete(value);
    }
  }

  /** `walk` for one field: if anything in it fails, only that field becomes the marker. */
  function walkField(
    value: unknown,
    state: ScopeState,
    counts: Counts,
    depth: number,
    seen: Set<object>,
  ): unknown {
    try {
      return walk(value, state, counts, depth, seen);
    } catch {
      addCount(counts, REDACTED_COUNT_KEY);
      return PII_REDACTION_MARKER;
    }
  }

  return {
    mask(text, scope) {
      try {
        return maskWithState(text, scopeState(scope));
      } catch {
        return {
          text: PII_REDACTION_MARKER,
          entities: [{ type: REDACTED_COUNT_KEY, start: 0, end: text.length }],
        };
      }
    },
    maskValue(value, scope) {
      const counts: Counts = {};
      return { value: walkField(value, scopeState(scope), counts, 0, new Set()), counts };
    },
    maskJsonText(jsonText, scope) {
      const counts: Counts = {};
      try {
        const parsed: unknown = JSON.parse(jsonText);
        const text = JSON.stringify(walk(parsed, scopeState(scope), counts, 0, new Set()));
        if (typeof text !== 'string') throw new TypeError('value is not JSON-serialisable');
        return { text, counts };
      } catch {
        return { text: JSON.stringify(PII_REDACTION_MARKER), counts: { [REDACTED_COUNT_KEY]: 1 } };
      }
    },
    createScope(): PlaceholderScope {
      return new ScopeState();
    },
    scopeSnapshot(scope) {
      return scope instanceof ScopeState ? scope.snapshot() : undefined;
    },
    restoreScope(snapshot) {
      return ScopeState.fromSnapshot(snapshot);
    },
  };
}
