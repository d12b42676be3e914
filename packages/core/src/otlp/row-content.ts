/**
 * Reading the masked JSON payloads of a stored span into the shapes the OTLP mapping needs: chat
 * messages (LangChain serialised messages, AI SDK prompts, plain `{role, content}`), tool calls and
 * documents. Tolerant by design: anything unrecognised is exported as the JSON it is, never dropped.
 */

export interface ToolCallPart {
  id?: string;
  name?: string;
  /** JSON text of the arguments. */
  arguments?: string;
}

export interface ChatMessage {
  role: string;
  content: string;
  toolCalls: ToolCallPart[];
  toolCallId?: string;
}

export interface RetrievedDocument {
  id?: string;
  content?: string;
  score?: number;
  /** JSON text. */
  metadata?: string;
}

/** Parses stored JSON text; text that is not JSON is returned as the string it is. */
export function parseStored(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A value as attribute text: strings as they are, anything else as JSON. */
export function toText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const LANGCHAIN_ROLES: Record<string, string> = {
  human: 'user',
  humanmessage: 'user',
  humanmessagechunk: 'user',
  ai: 'assistant',
  aimessage: 'assistant',
  aimessagechunk: 'assistant',
  system: 'system',
  systemmessage: 'system',
  developer: 'system',
  tool: 'tool',
  toolmessage: 'tool',
  function: 'tool',
  functionmessage: 'tool',
  generic: 'user',
  chatmessage: 'user',
};

function roleOf(message: Record<string, unknown>): string | undefined {
  const role = asString(message.role);
  if (role) return LANGCHAIN_ROLES[role.toLowerCase()] ?? role;
  const type = asString(message.type);
  if (type && type !== 'constructor') return LANGCHAIN_ROLES[type.toLowerCase()];
  const id = message.id;
  if (Array.isArray(id)) {
    const last = id.at(-1);
    if (typeof last === 'string') return LANGCHAIN_ROLES[last.toLowerCase()];
  }
  return undefined;
}

/** Text of a message content: a string, or the text parts of a parts array. */
export function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') texts.push(part);
    else if (isRecord(part) && (part.type === 'text' || part.type === undefined)) {
      const text = asString(part.text) ?? asString(part.content);
      if (text !== undefined) texts.push(text);
    }
  }
  return texts.length > 0 ? texts.join('') : undefined;
}

function toolCallsOf(message: Record<string, unknown>): ToolCallPart[] {
  const calls: ToolCallPart[] = [];
  const listed = message.tool_calls ?? message.toolCalls;
  if (Array.isArray(listed)) {
    for (const call of listed) {
      if (!isRecord(call)) continue;
      const fn = isRecord(call.function) ? call.function : undefined;
      const part: ToolCallPart = {};
      const id = asString(call.id) ?? asString(call.toolCallId);
      const name = asString(call.name) ?? asString(call.toolName) ?? asString(fn?.name);
      const args = call.args ?? call.arguments ?? call.input ?? fn?.arguments;
      if (id) part.id = id;
      if (name) part.name = name;
      if (args !== undefined) part.arguments = toText(args);
      calls.push(part);
    }
  }
  // AI SDK content parts: { type: 'tool-call', toolCallId, toolName, input }
  if (Array.isArray(message.content)) {
    for (const part of message.content) {
      if (!isRecord(part) || part.type !== 'tool-call') continue;
      const call: ToolCallPart = {};
      const id = asString(part.toolCallId);
      const name = asString(part.toolName);
      if (id) call.id = id;
      if (name) call.name = name;
      if (part.input !== undefined) call.arguments = toText(part.input);
      calls.push(call);
    }
  }
  return calls;
}

function toMessage(value: unknown, fallbackRole: string): ChatMessage | undefined {
  if (typeof value === 'string') return { role: fallbackRole, content: value, toolCalls: [] };
  if (!isRecord(value)) return undefined;
  // LangChain `toJSON()` form: { lc, type: 'constructor', id: [..., 'HumanMessage'], kwargs: {...} }
  const body = isRecord(value.kwargs) ? { ...value.kwargs, id: value.id, type: value.type } : value;
  const role = roleOf(body) ?? fallbackRole;
  const content = contentText(body.content) ?? asString(body.text) ?? '';
  const message: ChatMessage = { role, content, toolCalls: toolCallsOf(body) };
  const toolCallId = asString(body.tool_call_id) ?? asString(body.toolCallId);
  if (toolCallId) message.toolCallId = toolCallId;
  return message;
}

/** Prompt messages of a model call, or undefined when the input is not a message list. */
export function toInputMessages(input: unknown): ChatMessage[] | undefined {
  let list: unknown = input;
  if (isRecord(list)) list = list.messages ?? list.prompt;
  // LangChain handleChatModelStart passes a batch: [[...messages]].
  if (Array.isArray(list) && list.length === 1 && Array.isArray(list[0])) list = list[0];
  if (typeof list === 'string') return [{ role: 'user', content: list, toolCalls: [] }];
  if (!Array.isArray(list)) return undefined;
  const messages: ChatMessage[] = [];
  for (const item of list) {
    const message = toMessage(item, 'user');
    if (message) messages.push(message);
  }
  return messages.length > 0 ? messages : undefined;
}

/** The completion of a model call as one assistant message. */
export function toOutputMessage(output: unknown): ChatMessage | undefined {
  if (output === undefined || output === null) return undefined;
  let value: unknown = output;
  // LangChain LLMResult: { generations: [[{ text, message }]] }
  if (isRecord(value) && Array.isArray(value.generations)) {
    const first = (value.generations as unknown[]).flat()[0];
    value = isRecord(first) ? (first.message ?? first.text) : first;
  }
  if (isRecord(value) && value.role === undefined && value.type === undefined && !isRecord(value.kwargs)) {
    value = { ...value, role: 'assistant' };
  }
  return toMessage(value, 'assistant');
}

function documentOf(value: unknown): RetrievedDocument | undefined {
  if (typeof value === 'string') return { content: value };
  if (!isRecord(value)) return undefined;
  const doc: RetrievedDocument = {};
  const metadata = isRecord(value.metadata) ? value.metadata : undefined;
  const id = value.id ?? metadata?.id;
  if (typeof id === 'string' || typeof id === 'number') doc.id = String(id);
  const content = asString(value.pageContent) ?? asString(value.content) ?? asString(value.text);
  if (content !== undefined) doc.content = content;
  const score =
    asNumber(value.score) ??
    asNumber(value.relevanceScore) ??
    asNumber(value.relevance_score) ??
    asNumber(metadata?.score) ??
    asNumber(metadata?.relevance_score);
  if (score !== undefined) doc.score = score;
  if (metadata && Object.keys(metadata).length > 0) doc.metadata = JSON.stringify(metadata);
  return doc;
}

/** Documents from a list (LangChain `Document`s, `{id, content, score}`, strings). */
export function toDocuments(value: unknown): RetrievedDocument[] | undefined {
  let list = value;
  if (isRecord(list) && Array.isArray(list.documents)) list = list.documents;
  if (!Array.isArray(list)) return undefined;
  const docs: RetrievedDocument[] = [];
  for (const item of list) {
    const doc = documentOf(item);
    if (doc) docs.push(doc);
  }
  return docs;
}
