import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { maskCommand, run } from './mask.js';

describe('llmtop mask', () => {
  it('prints the masked text', () => {
    const result = maskCommand([], 'mail jane@x.io, card 4111 1111 1111 1111\n');
    expect(result).toEqual({ stdout: 'mail <EMAIL_1>, card <CREDIT_CARD_1>\n', stderr: '', code: 0 });
  });

  it('prints { text, entities } with --json, honouring --disable and --allow', () => {
    const result = maskCommand(
      ['--json', '--disable', 'credit_card', '--allow', 'ops@acme.io'],
      'ops@acme.io jane@x.io 4111111111111111',
    );
    expect(JSON.parse(result.stdout)).toEqual({
      text: 'ops@acme.io <EMAIL_1> 4111111111111111',
      entities: [{ type: 'EMAIL', start: 12, end: 21, score: 1 }],
    });
  });

  it('rejects unknown options with exit code 2', () => {
    expect(maskCommand(['--nope'], '').code).toBe(2);
  });

  it('run() reads stdin to the end and writes stdout', async () => {
    let out = '';
    const code = await run([], {
      stdin: Readable.from(['call +44 20 ', '7946 0958']),
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => undefined },
    });
    expect({ code, out }).toEqual({ code: 0, out: 'call <PHONE_1>' });
  });
});
