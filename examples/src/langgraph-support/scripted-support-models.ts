/** The scripted supervisor, researcher and writer of the demo, named after real provider models so cost is real. */
import { writeAnswer } from '../content/answers.js';
import { ARTICLES } from '../content/knowledge-base.js';
import { currentScript } from './conversation-context.js';
import { ScriptedChatModel } from './scripted-chat-model.js';
import { conversationFacts, type SupportModels } from './support-graph.js';

const STOPWORDS = new Set([
  'the',
  'and',
  'for',
  'can',
  'get',
  'you',
  'our',
  'was',
  'are',
  'with',
  'this',
  'that',
  'from',
  'please',
  'thanks',
  'since',
  'need',
]);

function keywords(question: string): string {
  return question
    .replace(/\S+@\S+/g, ' ')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 3 && !STOPWORDS.has(word))
    .slice(0, 8)
    .join(' ');
}

let toolCallCounter = 0;
const nextCallId = () => `call_${(++toolCallCounter).toString(36)}`;

/** `speed` scales latencies: 1 = realistic, 0 = as fast as possible (tests). */
export function createScriptedSupportModels(speed = 1): SupportModels {
  const ms = (value: number) => Math.round(value * speed);
  return {
    supervisor: new ScriptedChatModel({
      provider: 'openai',
      model: 'gpt-4o-mini',
      servedModel: 'gpt-4o-mini-2024-07-18',
      firstTokenMs: ms(180),
      cachedShare: 0.5,
      respond: (messages) => {
        const facts = conversationFacts(messages);
        return { content: !facts.researched ? 'researcher' : !facts.answered ? 'writer' : 'FINISH' };
      },
    }),
    researcher: new ScriptedChatModel({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      servedModel: 'claude-sonnet-4-5-20250929',
      firstTokenMs: ms(450),
      chunkMs: ms(4),
      respond: (messages) => {
        const facts = conversationFacts(messages);
        const searched = new Set(facts.toolResults.map((m) => m.name));
        const query = keywords(facts.question);
        if (!searched.has('search_knowledge_base')) {
          return {
            content: '',
            toolCalls: [{ id: nextCallId(), name: 'search_knowledge_base', args: { query } }],
          };
        }
        if (currentScript().searchWeb && !searched.has('web_search')) {
          return { content: '', toolCalls: [{ id: nextCallId(), name: 'web_search', args: { query } }] };
        }
        const found = facts.toolResults.map((m) => String(m.content)).join('\n');
        return { name: 'researcher', content: `Relevant help-center findings:\n${found}` };
      },
    }),
    writer: new ScriptedChatModel({
      provider: 'openai',
      model: 'gpt-4o',
      servedModel: 'gpt-4o-2024-08-06',
      firstTokenMs: ms(350),
      chunkMs: ms(12),
      respond: (messages) => {
        const facts = conversationFacts(messages);
        const ids = new Set(
          facts.toolResults.flatMap((m) => [...String(m.content).matchAll(/\[(kb-\d+)\]/g)].map((x) => x[1])),
        );
        const articles = ARTICLES.filter((a) => ids.has(a.id));
        return { name: 'writer', content: writeAnswer(articles, facts.instruction, currentScript().style) };
      },
    }),
  };
}
