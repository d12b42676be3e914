import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionRows } from '../../../core/src/otlp/__fixtures__/agent-session.js';
import { type OtlpReceiver, startOtlpReceiver } from '../../../core/src/otlp/__fixtures__/otlp-receiver.js';
import { createTempStore, manyRows, type TempStore } from '../../../core/src/otlp/__fixtures__/outbox-db.js';
import { parseHeaders, progressLine, run } from './export.js';

let store: TempStore;
let receiver: OtlpReceiver | undefined;
let out: string;
let err: string;

beforeEach(() => {
  store = createTempStore();
  store.insert(sessionRows);
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await receiver?.close();
  receiver = undefined;
  store.dispose();
});

describe('llmtop export', () => {
  it('exports with headers, protocol and a session selection, then has nothing left to send', async () => {
    receiver = await startOtlpReceiver();
    const args = [
      '--endpoint',
      receiver.url,
      '--db',
      store.path,
      '--protocol',
      'http/json',
      '--header',
      'authorization=Bearer%20abc',
      '--header',
      'x-team=ml',
      '--session',
      'sess-42',
    ];
    expect(await run(args)).toBe(0);
    expect(out).toMatch(
      /^exported 9 spans to http:\/\/127\.0\.0\.1:\d+\/v1\/traces in \d+s \([\d,]+ spans\/s\)\n$/,
    );
    expect(err).toBe(''); // not a TTY: no progress bar
    expect(receiver.accepted[0]?.headers.authorization).toBe('Bearer abc');
    expect(receiver.accepted[0]?.headers['x-team']).toBe('ml');
    expect(receiver.accepted[0]?.headers['content-type']).toBe('application/json');
    out = '';
    expect(await run(args)).toBe(0);
    expect(out).toMatch(/^exported 0 spans/);
  });

  it('--no-content keeps inputs and outputs off the wire', async () => {
    receiver = await startOtlpReceiver();
    expect(await run(['--endpoint', receiver.url, '--db', store.path, '--no-content'])).toBe(0);
    expect(JSON.stringify(receiver.spans().map((s) => s.attributes))).not.toContain('input.value');
  });

  it('--dry-run writes OTLP JSON to a file without an endpoint', async () => {
    const file = join(store.path, '..', 'out.jsonl');
    expect(
      await run(['--dry-run', file, '--db', store.path, '--trace', sessionRows[0]?.trace_id as string]),
    ).toBe(0);
    const request = JSON.parse(readFileSync(file, 'utf8').trim());
    expect(request.resourceSpans[0].scopeSpans[0].spans).toHaveLength(8);
    expect(out).toMatch(/^wrote 8 spans to .*out\.jsonl/);
  });

  it('exits 1 with the receiver error when the export fails', async () => {
    receiver = await startOtlpReceiver(() => ({
      status: 400,
      body: JSON.stringify({ message: 'invalid span' }),
    }));
    expect(await run(['--endpoint', receiver.url, '--db', store.path])).toBe(1);
    expect(err).toContain('failed: HTTP 400: invalid span');
    expect(err).toContain('resumes after the last delivered span');
  });

  it('exits 2 on usage errors', async () => {
    expect(await run(['--db', store.path])).toBe(2);
    expect(err).toContain('--endpoint URL is required');
    expect(await run(['--endpoint', 'http://127.0.0.1:1', '--protocol', 'grpc', '--db', store.path])).toBe(2);
    expect(
      await run(['--endpoint', 'http://127.0.0.1:1', '--db', join(store.path, '..', 'missing.db')]),
    ).toBe(2);
    expect(await run(['--endpoint', 'http://127.0.0.1:1', '--header', 'novalue', '--db', store.path])).toBe(
      2,
    );
    expect(await run(['--endpoint', 'http://127.0.0.1:1', '--since', 'lately', '--db', store.path])).toBe(2);
    expect(err).toContain('cannot read --since value "lately"');
    expect(await run(['--bogus'])).toBe(2);
  });

  it('parses headers and draws a progress line with rate and ETA', () => {
    expect(parseHeaders(['Authorization=Basic%20eA==', 'x-a = b=c'])).toEqual({
      authorization: 'Basic eA==',
      'x-a': 'b=c',
    });
    const line = progressLine(
      {
        exported: 500,
        total: 1000,
        rejected: 0,
        skipped: 0,
        elapsedMs: 20,
        spansPerSecond: 25_000,
        etaMs: 20,
      },
      10,
    );
    expect(line).toBe('█████░░░░░ 500/1000 50% 25,000 spans/s ETA 0s');
  });
});

describe('llmtop export in a real terminal', () => {
  it('draws a progress bar with spans/s and ETA on stderr when it is a TTY', async () => {
    store.insert(manyRows(6_000));
    receiver = await startOtlpReceiver(() => ({ delayMs: 200 }));
    // Resolve @llmtop/core/otlp to the TypeScript sources, as vitest does, so no build is needed.
    const otlpSource = new URL('../../../core/src/otlp/index.ts', import.meta.url).href;
    const hook = `export async function resolve(s, c, n) { return n(s === '@llmtop/core/otlp' ? ${JSON.stringify(otlpSource)} : s, c); }`;
    const command = new URL('./export.ts', import.meta.url).href;
    const script = [
      "import { register } from 'node:module';",
      `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`,
      `const { run } = await import(${JSON.stringify(command)});`,
      `process.exitCode = await run(['--endpoint', ${JSON.stringify(receiver.url)}, '--db', ${JSON.stringify(store.path)}]);`,
    ].join(' ');
    const session = `llmtop-export-${process.pid}`;
    const shell = `node --import tsx --input-type=module -e ${JSON.stringify(script)}; echo EXIT=$?; sleep 30`;
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '120',
      '-y',
      '12',
      '-c',
      process.cwd(),
      shell,
    ]);
    const screens: string[] = [];
    try {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const screen = execFileSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' });
        screens.push(screen);
        if (screen.includes('EXIT=')) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      execFileSync('tmux', ['kill-session', '-t', session]);
    }
    const last = screens.at(-1) ?? '';
    expect(last).toContain('EXIT=0');
    expect(last).toMatch(/exported 6009 spans to http/);
    const midway = screens.find((screen) => /[█░]{24} \d+\/6009 \d+% [\d,]+ spans\/s ETA \d+s/.test(screen));
    expect(midway, screens.join('\n----\n')).toBeDefined();
    expect(last).toMatch(/█{24} 6009\/6009 100% [\d,]+ spans\/s/);
  });
});
