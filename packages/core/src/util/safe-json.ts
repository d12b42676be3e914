/**
 * Turns any value an app hands us into JSON text without ever throwing: cycles, BigInt, functions,
 * symbols, binary data, huge strings, lone surrogates, throwing getters and `toJSON`s, proxies.
 * Whatever cannot be represented faithfully is replaced by a visible `[llmtop: …]` marker.
 */
export interface SafeJsonOptions {
  /** Longest string kept whole; longer ones are cut and marked. */
  maxStringLength?: number;
  /** Deepest nesting walked; deeper values become a marker. */
  maxDepth?: number;
  /** Most array items / object keys kept per container. */
  maxItems?: number;
  /** Approximate cap on the output size in characters. */
  maxTotalLength?: number;
}

const DEFAULTS: Required<SafeJsonOptions> = {
  maxStringLength: 64 * 1024,
  maxDepth: 24,
  maxItems: 1000,
  maxTotalLength: 1024 * 1024,
};

export const MARKER_PREFIX = '[llmtop: ';

function marker(text: string): string {
  return `${MARKER_PREFIX}${text}]`;
}

function cleanString(value: string, maxLength: number): string {
  let text = value.length > maxLength ? value.slice(0, maxLength) : value;
  if (!text.isWellFormed()) text = text.toWellFormed();
  return value.length > maxLength ? `${text}…${marker(`truncated ${value.length - maxLength} chars`)}` : text;
}

function isBinary(value: object): value is ArrayBuffer | ArrayBufferView {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof SharedArrayBuffer;
}

export function toSafeJson(value: unknown, options: SafeJsonOptions = {}): string {
  try {
    const safe = toSafeValue(value, options);
    return safe === undefined ? 'null' : JSON.stringify(safe);
  } catch {
    return JSON.stringify(marker('unserialisable value'));
  }
}

/**
 * The JSON-safe copy of a value that `toSafeJson` stringifies: plain objects, arrays, strings,
 * finite numbers, booleans and null, with markers where the original could not be kept. Lets a
 * caller transform it (mask it) before the one stringify.
 */
export function toSafeValue(value: unknown, options: SafeJsonOptions = {}): unknown {
  if (typeof value === 'string' && value.length <= (options.maxStringLength ?? DEFAULTS.maxStringLength)) {
    return value.isWellFormed() ? value : value.toWellFormed();
  }
  const limits = { ...DEFAULTS, ...options };
  let budget = limits.maxTotalLength;
  const ancestors: object[] = [];

  const walk = (input: unknown, depth: number): unknown => {
    if (budget <= 0) return marker('output size limit reached');
    switch (typeof input) {
      case 'string': {
        const text = cleanString(input, Math.min(limits.maxStringLength, Math.max(budget, 0)));
        budget -= text.length;
        return text;
      }
      case 'number':
        budget -= 8;
        return Number.isFinite(input) ? input : marker(String(input));
      case 'boolean':
        budget -= 5;
        return input;
      case 'bigint':
        budget -= 20;
        return marker(`bigint ${input.toString()}`);
      case 'undefined':
        return undefined;
      case 'symbol':
        return marker(`symbol ${input.description ?? ''}`);
      case 'function':
        return marker(`function ${input.name || 'anonymous'}`);
    }
    if (input === null) return null;
    const object = input as object;
    if (ancestors.includes(object)) return marker('circular');
    if (depth >= limits.maxDepth) return marker('max depth');
    if (isBinary(object)) return marker(`binary ${object.byteLength} bytes`);
    if (object instanceof Date)
      return Number.isNaN(object.getTime()) ? marker('invalid date') : object.toISOString();
    if (object instanceof Error) {
      return { name: walk(object.name, depth + 1), message: walk(object.message, depth + 1) };
    }
    if (object instanceof RegExp) return String(object);
    ancestors.push(object);
    try {
      if (typeof (object as { toJSON?: unknown }).toJSON === 'function') {
        return walk((object as { toJSON: () => unknown }).toJSON(), depth + 1);
      }
      if (Array.isArray(object) || object instanceof Set) {
        const items = Array.isArray(object) ? object : [...object];
        const out: unknown[] = [];
        const count = Math.min(items.length, limits.maxItems);
        let i = 0;
        for (; i < count && budget > 0; i++) {
          const item = walk(items[i], depth + 1);
          out.push(item === undefined ? null : item);
        }
        if (items.length > i) out.push(marker(`${items.length - i} more items`));
        return out;
      }
      const entries: [unknown, unknown][] =
        object instanceof Map ? [...object.entries()] : Object.keys(object).map((key) => [key, undefined]);
      const out: Record<string, unknown> = {};
      const count = Math.min(entries.length, limits.maxItems);
      let i = 0;
      for (; i < count && budget > 0; i++) {
        const entry = entries[i]!;
        const key = cleanString(String(entry[0]), 1024);
        let item: unknown;
        try {
          item = object instanceof Map ? entry[1] : (object as Record<string, unknown>)[key];
        } catch {
          out[key] = marker('unreadable property');
          continue;
        }
        const walked = walk(item, depth + 1);
        if (walked !== undefined) out[key] = walked;
        budget -= key.length;
      }
      if (entries.length > i) out[marker('truncated')] = `${entries.length - i} more keys`;
      return out;
    } catch {
      return marker('unreadable value');
    } finally {
      ancestors.pop();
    }
  };

  try {
    return walk(value, 0);
  } catch {
    return marker('unserialisable value');
  }
}
