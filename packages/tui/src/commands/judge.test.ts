import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLlmtop } from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';
import { describe, expect, it, vi } from 'vitest';
import { run } from './judge.js';

describe('llmtop judge', () => {
  it('scores sampled and negatively rated traces offline, once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'llmtop-judge-cli-')), 'cli.db');
    const llmtop = createLlmtop({
      path,
      writer: 'inline',
      handleExit: false,
      judgeSampleRate: 0,
      judge: false,
    });
    const record = (answer: string, status: 'ok' | 'error' = 'ok') =>
      llmtop.span({ kind: 'agent', name: 'qa' }, async (agent) => {
        await llmtop.span({ kind: 'retriever', name: 'search' }, (s) =>
          s.setOutput(['Paris is the capital of France.']),
        );
        await llmtop
          .span(
            {
              kind: 'llm',
              name: 'chat',
              input: [{ role: 'user', content: 'What is the capital of France?' }],
            },
            (s) => {
              s.setOutput(answer);
              if (status === 'error') throw new Error('model failed');
            },
          )
          .catch(() => undefined);
        return agent.traceId;
      });
    await record('Paris is the capital of France.', 'error'); // errors are always sampled
    const rated = await record('Lyon is the capital of France since 1999.');
    await record('Paris.'); // neither sampled nor rated
    llmtop.feedback({ traceId: rated, score: 0 });
    await llmtop.shutdown();

    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await run(['--db', path, '--json'])).toBe(0);
      const report = JSON.parse(String(out.mock.calls.at(-1)?.[0]));
      expect(report).toMatchObject({ traces: 2, judged: 2, failed: 0 });
      expect(await run(['--db', path, '--json'])).toBe(0);
      expect(JSON.parse(String(out.mock.calls.at(-1)?.[0]))).toMatchObject({ traces: 0 });
    } finally {
      out.mockRestore();
    }
    const db = openDatabase(path, { readonly: true });
    const rows = db
      .prepare(
        "SELECT trace_id, value, sampling_reason FROM scores WHERE metric = 'faithfulness' ORDER BY value",
      )
      .all() as { trace_id: string; value: number; sampling_reason: string }[];
    db.close();
    expect(rows.map((r) => r.sampling_reason).sort()).toEqual(['error', 'feedback']);
    expect(rows[0]?.trace_id).toBe(rated); // the unsupported answer scores lowest
  });
});
