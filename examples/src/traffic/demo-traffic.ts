/**
 * Steady, realistic multi-agent traffic for `llmtop demo`: LangGraph support conversations and AI SDK
 * order-agent runs from several users and features, with a daily budget that crosses 80 % and 100 %
 * within a few minutes and a segment (billing answers) whose faithfulness drops midway.
 */
import { type BudgetConfig, createLlmtop, type Llmtop, type WrittenAlert } from '@llmtop/core';
import { createOrderAgent } from '../ai-sdk-agent/order-agent.js';
import { CUSTOMERS, REQUESTS } from '../content/customers.js';
import { createScriptedSupportModels } from '../langgraph-support/scripted-support-models.js';
import { createSupportApp } from '../langgraph-support/support-app.js';
import { seededRandom } from './random.js';

export interface DemoTrafficOptions {
  path: string;
  /** Conversations started per minute. Default 30. */
  perMinute?: number;
  /** Stop after this long; default: until `signal` aborts. */
  durationMs?: number;
  /** When billing answers start going wrong. Default 120 s. */
  driftAfterMs?: number;
  /** Latency scale: 1 realistic, 0 instant. */
  speed?: number;
  seed?: number;
  /** Daily budget for the whole app; default sized to be crossed in about three minutes. */
  dailyBudgetUsd?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  onAlert?: (alert: WrittenAlert) => void;
}

export interface DemoTrafficResult {
  conversations: number;
  failures: number;
}

const MAX_IN_FLIGHT = 6;

export async function runDemoTraffic(options: DemoTrafficOptions): Promise<DemoTrafficResult> {
  const random = seededRandom(options.seed ?? 7);
  const speed = options.speed ?? 1;
  const perMinute = options.perMinute ?? 30;
  const driftAfterMs = options.driftAfterMs ?? 120_000;
  const log = options.log ?? (() => {});
  const budgets: BudgetConfig[] = [
    { scope: 'global', period: 'daily', limitUsd: options.dailyBudgetUsd ?? 0.2, name: 'app daily' },
    { scope: 'feature', value: 'support-billing', period: 'monthly', limitUsd: 25, name: 'billing monthly' },
  ];
  const llmtop: Llmtop = createLlmtop({
    path: options.path,
    budgets,
    judgeSampleRate: 0.5,
    onAlert: (alert) => {
      log(`alert: ${alert.message}`);
      options.onAlert?.(alert);
    },
  });
  const support = createSupportApp(llmtop, createScriptedSupportModels(speed), random);
  const orders = createOrderAgent({ llmtop, random, speed });
  const started = Date.now();
  const inFlight = new Set<Promise<void>>();
  let conversations = 0;
  let failures = 0;

  const oneConversation = async () => {
    const customer = CUSTOMERS[Math.floor(random() * CUSTOMERS.length)]!;
    const sessionId = `sess-${customer.userId}-${Math.floor((Date.now() - started) / 60_000)}`;
    if (random() < 0.3) {
      const orderId = `ord-${1000 + Math.floor(random() * 9000)}`;
      const ask =
        random() < 0.6
          ? `Please refund order ${orderId}, it arrived broken.`
          : `Where is my order ${orderId}?`;
      await llmtop.withContext({ sessionId, userId: customer.userId, feature: 'orders' }, () =>
        orders.handle(ask),
      );
      return;
    }
    const request = REQUESTS[Math.floor(random() * REQUESTS.length)]!;
    const drifting = request.feature === 'billing' && Date.now() - started > driftAfterMs;
    const faithful = random() > (drifting ? 0.65 : 0.1);
    const outcome = await support.handle(request, customer, sessionId, {
      style: { faithful, followsInstruction: random() > 0.15 },
      searchWeb: random() < 0.35,
    });
    if (!faithful && random() < 0.4)
      llmtop.feedback({ traceId: outcome.traceId, score: 0, comment: 'the answer was wrong' });
  };

  const intervalMs = 60_000 / perMinute;
  while (
    !options.signal?.aborted &&
    (options.durationMs === undefined || Date.now() - started < options.durationMs)
  ) {
    if (inFlight.size < MAX_IN_FLIGHT) {
      const run = oneConversation()
        .then(() => {
          conversations++;
        })
        .catch((error: unknown) => {
          failures++;
          log(`conversation failed: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => inFlight.delete(run));
      inFlight.add(run);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs * (0.5 + random())));
  }
  await Promise.all(inFlight);
  await llmtop.shutdown();
  return { conversations, failures };
}
