/**
 * Which LangChain chain runs are agents (ARCHITECTURE §4).
 *
 * Default rule for LangGraph: the nodes of the root graph are agents (`supervisor`, `writer`), and
 * so is every compiled subgraph, named by its compile name (`researcher_agent`); the nodes inside a
 * subgraph (`agent`, `tools`) are `chain` steps of that agent. When a root node *is* a subgraph,
 * the node and the subgraph are one agent: the node's span takes the compile name and the subgraph
 * run becomes a step. Bookkeeping runs tagged `langsmith:hidden` (`__start__`) are not recorded.
 * `metadata.lc_agent_name` (set by `createAgent`/`createSupervisor`) starts an agent wherever it
 * changes. A user list (`agentNodes`) replaces the default rule.
 */

/** Names that are agents (a list), or run names mapped to agent names. */
export type AgentNodes = readonly string[] | Readonly<Record<string, string>>;

export interface ChainRunFacts {
  name: string;
  /** `Serialized.id` of the runnable, e.g. `['langgraph', 'pregel', 'CompiledStateGraph']`. */
  serializedId?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  metadata?: Record<string, unknown> | undefined;
  /** The nearest enclosing agent as far as the handler knows. */
  parentAgent?: string | undefined;
  /** The parent span is a root-graph node made an agent by the default rule. */
  parentIsNodeAgent?: boolean;
}

export type ChainDecision =
  | { kind: 'hidden' }
  | { kind: 'chain'; renameParentAgent?: string }
  | { kind: 'agent'; agent: string; nodeAgent: boolean };

const DEFAULT_GRAPH_NAME = 'LangGraph';
const GRAPH_CLASSES = new Set(['CompiledStateGraph', 'CompiledGraph', 'Pregel']);

export function isGraphRunnable(serializedId: readonly string[] | undefined): boolean {
  if (!serializedId || serializedId.length === 0) return false;
  return serializedId[1] === 'pregel' || GRAPH_CLASSES.has(serializedId[serializedId.length - 1] ?? '');
}

function hasTag(tags: readonly string[] | undefined, exact?: string, prefix?: string): boolean {
  if (!tags) return false;
  for (const tag of tags) {
    if (exact !== undefined && tag === exact) return true;
    if (prefix !== undefined && tag.startsWith(prefix)) return true;
  }
  return false;
}

/** How deep a LangGraph node sits: 1 for the root graph's nodes, 2 inside a subgraph, … */
export function graphDepth(metadata: Record<string, unknown> | undefined): number {
  const ns = metadata?.langgraph_checkpoint_ns ?? metadata?.checkpoint_ns;
  if (typeof ns !== 'string' || ns === '') return 1;
  let depth = 1;
  for (let i = 0; i < ns.length; i++) if (ns.charCodeAt(i) === 124 /* | */) depth++;
  return depth;
}

function lookup(agentNodes: AgentNodes, name: string): string | undefined {
  if (Array.isArray(agentNodes)) return (agentNodes as readonly string[]).includes(name) ? name : undefined;
  const mapped = (agentNodes as Readonly<Record<string, string>>)[name];
  return Object.hasOwn(agentNodes, name) && typeof mapped === 'string' ? mapped : undefined;
}

const agentUnlessSame = (
  agent: string,
  parentAgent: string | undefined,
  nodeAgent: boolean,
): ChainDecision => (agent === parentAgent ? { kind: 'chain' } : { kind: 'agent', agent, nodeAgent });

export function decideChainRun(facts: ChainRunFacts, agentNodes?: AgentNodes): ChainDecision {
  const { name, tags, metadata, parentAgent } = facts;
  if (hasTag(tags, 'langsmith:hidden')) return { kind: 'hidden' };

  if (agentNodes) {
    const agent = lookup(agentNodes, name);
    return agent === undefined ? { kind: 'chain' } : agentUnlessSame(agent, parentAgent, false);
  }

  const lcAgent = metadata?.lc_agent_name;
  if (typeof lcAgent === 'string' && lcAgent !== '') return agentUnlessSame(lcAgent, parentAgent, false);

  const node = metadata?.langgraph_node;
  if (isGraphRunnable(facts.serializedId) && typeof node === 'string') {
    // A graph running inside another graph's node: a subgraph.
    const compileName = name !== DEFAULT_GRAPH_NAME ? name : undefined;
    if (facts.parentIsNodeAgent)
      return compileName ? { kind: 'chain', renameParentAgent: compileName } : { kind: 'chain' };
    return agentUnlessSame(compileName ?? node, parentAgent, false);
  }

  if (node === name && hasTag(tags, undefined, 'graph:step:') && graphDepth(metadata) === 1) {
    return agentUnlessSame(name, parentAgent, true);
  }
  return { kind: 'chain' };
}
