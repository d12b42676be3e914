import type { AgentNodes } from './agent-rules.js';

export interface LlmtopCallbackHandlerOptions {
  /** Session of every run this handler sees. Wins over `metadata.session_id` and the ambient context. */
  sessionId?: string;
  /** User of every run. Wins over `metadata.user_id` and the ambient context. */
  userId?: string;
  /** Feature of every run. Wins over `metadata.feature` and the ambient context. */
  feature?: string;
  /** Tags added to every run's own tags. */
  tags?: string[];
  /**
   * Which chain runs are agents, replacing the default LangGraph rule: a list of node/graph names,
   * or a map from run name to agent name. Runs not listed are `chain` steps.
   */
  agentNodes?: AgentNodes;
  /** A run with no open children and no event for this long is closed as an error. Default 10 minutes. */
  openRunTimeoutMs?: number;
  /** Open runs remembered at most; the oldest is closed as an error beyond it. Default 10,000. */
  maxOpenRuns?: number;
}
