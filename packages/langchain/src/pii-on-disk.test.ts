/**
 * End to end: a real LangGraph ReAct flow with PII planted in the user message, a tool argument, a
 * tool result and a retrieved document, recorded by the real handler into a real SQLite file. The
 * raw bytes of the database and of its write-ahead log must contain none of the planted values,
 * while the placeholders and the per-type PII counts must be there.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import { type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { FakeRetriever } from '@langchain/core/utils/testing';
import { END, MessagesValue, START, StateGraph, StateSchema } from '@langchain/langgraph';
import { ToolNode, toolsCondition } from '@langchain/langgraph/prebuilt';
import { createLlmtop } from '@llmtop/core';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readSpans } from './__fixtures__/read-spans.js';
import { ScriptedChatModel } from './__fixtures__/scripted-chat-model.js';
import { LlmtopCallbackHandler } from './index.js';

// Assembled at run time so the source holds no credential-shaped literal.
const API_KEY = `sk-proj-${'Q7Lk2Vx9Rb4Tn8Wc1Yz5Hd3Mf6Jp0Gs'.repeat(2)}`;
const PLANTED = {
  name: 'Jennifer Kowalski',
  email: 'jennifer.kowalski@example.org',
  card: '4111 1111 1111 1111',
  apiKey: API_KEY,
  iban: 'GB82WEST12345698765432',
  password: 'hunter2-Xy9!',
  phone: '+44 20 7946 0958',
  ssn: '536-32-3065',
  street: '221B Baker Street',
  ip: '203.0.113.77',
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function createFlow() {
  const State = new StateSchema({ messages: MessagesValue });
  const lookupCustomer = tool(
    async ({ email }) => `Customer ${email}: phone ${PLANTED.phone}, SSN ${PLANTED.ssn}, status active`,
    {
      name: 'lookup_customer',
      description: 'Look a customer up',
      schema: z.object({ email: z.string(), iban: z.string(), password: z.string() }),
    },
  );
  const retriever = new FakeRetriever({
    output: [
      new Document({
        pageContent: `Account holder ${PLANTED.name} lives at ${PLANTED.street}, London. Last login from ${PLANTED.ip}.`,
        metadata: { source: 'crm.md', score: 0.9 },
      }),
    ],
  });
  const searchKb = tool(
    async ({ query }) => (await retriever.invoke(query)).map((d) => d.pageContent).join('\n'),
    {
      name: 'search_kb',
      description: 'Search the knowledge base',
      schema: z.object({ query: z.string() }),
    },
  );
  const tools = [lookupCustomer, searchKb];
  const toolCount = (messages: BaseMessage[]) => messages.filter((m) => ToolMessage.isInstance(m)).length;
  const model = new ScriptedChatModel({
    modelName: 'support-model',
    provider: 'openai',
    respond: (messages) => {
      const done = toolCount(messages);
      if (done === 0) {
        return {
          toolCalls: [
            {
              id: 'call_lookup',
              name: 'lookup_customer',
              args: { email: PLANTED.email, iban: PLANTED.iban, password: PLANTED.password },
            },
          ],
        };
      }
      if (done === 1)
        return {
          toolCalls: [{ id: 'call_kb', name: 'search_kb', args: { query: `${PLANTED.name} account` } }],
        };
      return { content: `Done: ${PLANTED.name} (${PLANTED.email}) is verified.` };
    },
  }).bindTools(tools);
  return new StateGraph(State)
    .addNode('agent', async (state) => ({ messages: [await model.invoke(state.messages)] }))
    .addNode('tools', new ToolNode(tools))
    .addEdge(START, 'agent')
    .addConditionalEdges('agent', toolsCondition, ['tools', END])
    .addEdge('tools', 'agent')
    .compile({ name: 'support_agent' });
}

describe('PII on disk', () => {
  it('stores none of the planted values in the .db or -wal bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmtop-pii-'));
    const path = join(dir, 'llmtop.db');
    const llmtop = createLlmtop({ path, writer: 'inline', handleExit: false });
    cleanups.push(async () => {
      await llmtop.shutdown();
      rmSync(dir, { recursive: true, force: true });
    });

    const question =
      `Hi, I'm ${PLANTED.name}, mail ${PLANTED.email}. Charge card ${PLANTED.card}; ` +
      `my OpenAI key is ${PLANTED.apiKey}.`;
    const result = await createFlow().invoke(
      { messages: [new HumanMessage(question)] },
      { callbacks: [new LlmtopCallbackHandler(llmtop)], runName: 'support' },
    );
    expect(String(result.messages.at(-1)?.content)).toContain(PLANTED.email); // the app sees its own data
    await llmtop.flush();

    const files = [path, `${path}-wal`].filter((file) => existsSync(file));
    expect(files).toContain(`${path}-wal`);
    const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
    for (const [kind, value] of Object.entries(PLANTED)) {
      expect(bytes.includes(Buffer.from(value, 'utf8')), `${kind} found on disk`).toBe(false);
    }
    expect(bytes.includes(Buffer.from('4111111111111111'))).toBe(false);
    // The scan reads the stored payloads themselves: their placeholders are in these bytes.
    expect(bytes.includes(Buffer.from('<EMAIL_1>'))).toBe(true);

    // The spans are there, masked consistently across the trace, with counts by type.
    const spans = readSpans(path);
    expect(spans.length).toBeGreaterThan(5);
    const stored = spans.map((span) => [span.input, span.output, span.attributes].join(' ')).join('\n');
    expect(stored).toContain('<EMAIL_1>');
    expect(stored).toContain('<PERSON_1>');
    expect(stored).not.toContain('<EMAIL_2>');
    const counts = new Map<string, number>();
    for (const raw of readPiiCounts(path)) {
      for (const [type, n] of Object.entries(JSON.parse(raw) as Record<string, number>)) {
        counts.set(type, (counts.get(type) ?? 0) + n);
      }
    }
    for (const type of [
      'EMAIL',
      'PERSON',
      'CREDIT_CARD',
      'SECRET',
      'IBAN',
      'PHONE',
      'US_SSN',
      'STREET_ADDRESS',
      'IP_ADDRESS',
    ]) {
      expect(counts.get(type) ?? 0, type).toBeGreaterThan(0);
    }
  });
});

function readPiiCounts(path: string): string[] {
  return readSpans(path)
    .map((span) => (span as unknown as { pii_counts?: string | null }).pii_counts)
    .filter((value): value is string => typeof value === 'string');
}
