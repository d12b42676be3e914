/** Per-conversation script settings, carried through LangGraph by AsyncLocalStorage. */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnswerStyle } from '../content/answers.js';

export interface ConversationScript {
  style: AnswerStyle;
  /** Whether the researcher also searches the web this time. */
  searchWeb: boolean;
}

export const conversationScript = new AsyncLocalStorage<ConversationScript>();

export function currentScript(): ConversationScript {
  return (
    conversationScript.getStore() ?? { style: { faithful: true, followsInstruction: true }, searchWeb: false }
  );
}
