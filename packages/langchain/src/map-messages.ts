/**
 * LangChain messages → small plain objects `{ role, content, tool_calls?, tool_call_id?, name? }`.
 * Content and tool calls stay references to the app's values (serialised off the hot path, at
 * flush); only the wrapper object is built here.
 */
export interface LoggedMessage {
  role: string;
  content: unknown;
  tool_calls?: unknown;
  tool_call_id?: string;
  name?: string;
}

const ROLES: Record<string, string> = {
  human: 'user',
  ai: 'assistant',
  system: 'system',
  developer: 'developer',
  tool: 'tool',
  function: 'function',
  remove: 'remove',
};

type MessageLike = {
  type?: unknown;
  role?: unknown;
  content?: unknown;
  tool_calls?: unknown[];
  tool_call_id?: unknown;
  name?: unknown;
  _getType?: () => string;
};

function roleOf(message: MessageLike): string {
  const type = typeof message.type === 'string' ? message.type : message._getType?.();
  if (type === 'generic' && typeof message.role === 'string') return message.role;
  if (type !== undefined) return ROLES[type] ?? type;
  return typeof message.role === 'string' ? message.role : 'unknown';
}

export function mapMessage(value: unknown): LoggedMessage {
  if (typeof value !== 'object' || value === null) return { role: 'user', content: value };
  const message = value as MessageLike;
  const logged: LoggedMessage = { role: roleOf(message), content: message.content };
  if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0)
    logged.tool_calls = message.tool_calls;
  if (typeof message.tool_call_id === 'string') logged.tool_call_id = message.tool_call_id;
  if (typeof message.name === 'string' && message.name !== '') logged.name = message.name;
  return logged;
}

export function mapMessages(messages: readonly unknown[] | undefined): LoggedMessage[] {
  if (!Array.isArray(messages)) return [];
  const out = new Array<LoggedMessage>(messages.length);
  for (let i = 0; i < messages.length; i++) out[i] = mapMessage(messages[i]);
  return out;
}
