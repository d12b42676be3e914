import { describe, expect, it } from 'vitest';
import { decideChainRun, graphDepth, isGraphRunnable } from './agent-rules.js';

const GRAPH = ['langgraph', 'pregel', 'CompiledStateGraph'];
const SEQUENCE = ['langchain_core', 'runnables', 'RunnableSequence'];
const rootNode = (name: string, step = 1) => ({
  name,
  serializedId: SEQUENCE,
  tags: [`graph:step:${step}`, 'demo'],
  metadata: { langgraph_node: name, langgraph_checkpoint_ns: `${name}:0c4f` },
});
const innerNode = (name: string, parentAgent: string) => ({
  name,
  serializedId: SEQUENCE,
  tags: ['graph:step:2'],
  metadata: { langgraph_node: name, langgraph_checkpoint_ns: `researcher:1a|${name}:2b` },
  parentAgent,
});

describe('decideChainRun (default LangGraph rule)', () => {
  it('makes root-graph nodes agents', () => {
    expect(decideChainRun(rootNode('supervisor'))).toEqual({
      kind: 'agent',
      agent: 'supervisor',
      nodeAgent: true,
    });
  });

  it('hides bookkeeping runs', () => {
    const start = { ...rootNode('__start__', 0), tags: ['graph:step:0', 'langsmith:hidden'] };
    expect(decideChainRun(start)).toEqual({ kind: 'hidden' });
  });

  it('keeps the root graph itself, plain chains and a node’s inner runnables as chains', () => {
    expect(decideChainRun({ name: 'multi_agent', serializedId: GRAPH, tags: [] })).toEqual({ kind: 'chain' });
    expect(decideChainRun({ name: 'RunnableSequence', serializedId: SEQUENCE })).toEqual({ kind: 'chain' });
    const lambda = {
      name: 'RunnableLambda',
      tags: [],
      metadata: { langgraph_node: 'agent' },
      parentAgent: 'researcher_agent',
    };
    expect(decideChainRun(lambda)).toEqual({ kind: 'chain' });
  });

  it('makes nodes inside a subgraph chain steps of its agent', () => {
    expect(decideChainRun(innerNode('agent', 'researcher_agent'))).toEqual({ kind: 'chain' });
    expect(decideChainRun(innerNode('tools', 'researcher_agent'))).toEqual({ kind: 'chain' });
  });

  it('names a subgraph that is a root node by its compile name, on the node’s span', () => {
    const subgraph = {
      name: 'researcher_agent',
      serializedId: GRAPH,
      tags: [],
      metadata: { langgraph_node: 'researcher', langgraph_checkpoint_ns: 'researcher:1a' },
      parentAgent: 'researcher',
      parentIsNodeAgent: true,
    };
    expect(decideChainRun(subgraph)).toEqual({ kind: 'chain', renameParentAgent: 'researcher_agent' });
    expect(decideChainRun({ ...subgraph, name: 'LangGraph' })).toEqual({ kind: 'chain' });
  });

  it('makes a subgraph invoked inside a node’s code its own agent', () => {
    const nested = {
      name: 'critic_graph',
      serializedId: GRAPH,
      metadata: { langgraph_node: 'agent' },
      parentAgent: 'researcher_agent',
    };
    expect(decideChainRun(nested)).toEqual({ kind: 'agent', agent: 'critic_graph', nodeAgent: false });
    expect(decideChainRun({ ...nested, name: 'LangGraph' })).toEqual({
      kind: 'agent',
      agent: 'agent',
      nodeAgent: false,
    });
  });

  it('uses metadata.lc_agent_name where it changes, and keeps that agent’s steps as chains', () => {
    const agentGraph = { name: 'LangGraph', serializedId: GRAPH, metadata: { lc_agent_name: 'billing' } };
    expect(decideChainRun(agentGraph)).toEqual({ kind: 'agent', agent: 'billing', nodeAgent: false });
    const step = {
      ...rootNode('model_request'),
      metadata: { ...rootNode('model_request').metadata, lc_agent_name: 'billing' },
      parentAgent: 'billing',
    };
    expect(decideChainRun(step)).toEqual({ kind: 'chain' });
  });
});

describe('decideChainRun (user override)', () => {
  it('makes exactly the listed runs agents', () => {
    expect(decideChainRun(rootNode('writer'), ['writer'])).toEqual({
      kind: 'agent',
      agent: 'writer',
      nodeAgent: false,
    });
    expect(decideChainRun(rootNode('supervisor'), ['writer'])).toEqual({ kind: 'chain' });
    expect(decideChainRun(innerNode('agent', 'x'), { agent: 'Planner' })).toEqual({
      kind: 'agent',
      agent: 'Planner',
      nodeAgent: false,
    });
    expect(decideChainRun(rootNode('toString'), {})).toEqual({ kind: 'chain' });
  });

  it('does not nest an agent inside itself', () => {
    expect(decideChainRun({ ...innerNode('writer', 'writer') }, ['writer'])).toEqual({ kind: 'chain' });
  });
});

describe('helpers', () => {
  it('recognises compiled graphs', () => {
    expect(isGraphRunnable(GRAPH)).toBe(true);
    expect(isGraphRunnable(SEQUENCE)).toBe(false);
    expect(isGraphRunnable(undefined)).toBe(false);
  });

  it('measures graph depth from the checkpoint namespace', () => {
    expect(graphDepth({ langgraph_checkpoint_ns: 'a:1' })).toBe(1);
    expect(graphDepth({ checkpoint_ns: 'a:1|b:2|c:3' })).toBe(3);
    expect(graphDepth(undefined)).toBe(1);
  });
});
