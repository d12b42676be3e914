/** Small readers for the loosely typed values LangChain passes to callbacks. */
export type Bag = Record<string, unknown>;

export const asBag = (value: unknown): Bag | undefined =>
  typeof value === 'object' && value !== null ? (value as Bag) : undefined;

export const asText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** A runnable's name from its `Serialized` form (`{ id: [...,'ClassName'], name? }`). */
export function serializedName(serialized: unknown, fallback: string): string {
  const bag = asBag(serialized);
  const name = asText(bag?.name);
  if (name) return name;
  const id = bag?.id;
  return Array.isArray(id) && typeof id[id.length - 1] === 'string'
    ? (id[id.length - 1] as string)
    : fallback;
}

export function serializedId(serialized: unknown): readonly string[] | undefined {
  const id = asBag(serialized)?.id;
  return Array.isArray(id) ? (id as string[]) : undefined;
}

/** Tool input arrives as text (JSON for structured tools); arguments are kept parsed when they are JSON. */
export function parseToolInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const first = input.charCodeAt(0);
  if (first !== 123 /* { */ && first !== 91 /* [ */) return input;
  try {
    return JSON.parse(input);
  } catch {
    return input;
  }
}

const INTERNAL_TAG_PREFIXES = ['graph:step:', 'seq:step:', 'langsmith:', 'map:key:'];

/** The run's own tags without LangChain's bookkeeping ones, plus the handler's; undefined when none. */
export function userTags(
  tags: readonly string[] | undefined,
  extra: readonly string[] | undefined,
): string[] | undefined {
  let out: string[] | undefined;
  if (extra && extra.length > 0) out = [...extra];
  if (tags) {
    for (const tag of tags) {
      if (INTERNAL_TAG_PREFIXES.some((prefix) => tag.startsWith(prefix))) continue;
      if (!out) out = [tag];
      else if (!out.includes(tag)) out.push(tag);
    }
  }
  return out;
}

/** Facts about an error worth keeping beside its message: class name, HTTP status, error code. */
export function errorFacts(error: unknown): Bag | undefined {
  const bag = asBag(error);
  if (!bag) return undefined;
  const facts: Bag = {};
  const name = asText(bag.name) ?? asText((bag.constructor as { name?: unknown } | undefined)?.name);
  if (name && name !== 'Object') facts.errorType = name;
  const status = bag.status ?? bag.statusCode ?? asBag(bag.response)?.status;
  if (typeof status === 'number') facts.httpStatus = status;
  const code = bag.code ?? bag.lc_error_code;
  if (typeof code === 'string' || typeof code === 'number') facts.errorCode = code;
  return Object.keys(facts).length > 0 ? facts : undefined;
}

/** LangGraph's control-flow "errors" (interrupts, a Command to the parent graph) are not failures. */
export function isGraphControlFlow(error: unknown): boolean {
  return asBag(error)?.is_bubble_up === true;
}
