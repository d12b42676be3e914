/**
 * `llmtop mask`: reads text on stdin and writes it with PII and secrets replaced by `<TYPE_n>`
 * placeholders, exactly as llmtop masks span payloads before storing them. `--json` prints
 * `{ text, entities }` (entity offsets refer to the input). Handy to check what would be stored.
 */
import { parseArgs } from 'node:util';
import { createMasker } from '@llmtop/core';

const USAGE = `usage: llmtop mask [--json] [--disable TYPE,...] [--allow VALUE]...
  Reads text from stdin and prints it masked (PII → <TYPE_n> placeholders).
  --json       print { "text": …, "entities": [{ "type", "start", "end", "score" }] }
  --disable    entity types to skip, e.g. PERSON,STREET_ADDRESS
  --allow      a value to leave unmasked (repeatable)
  Types: EMAIL PHONE CREDIT_CARD IBAN US_SSN IP_ADDRESS URL_CREDENTIALS SECRET PERSON STREET_ADDRESS`;

/** Masks `input` per the command-line `args`; returns what to print and the exit code. */
export function maskCommand(args: string[], input: string): { stdout: string; stderr: string; code: number } {
  let values: { json?: boolean; disable?: string; allow?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        disable: { type: 'string' },
        allow: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    return { stdout: '', stderr: `${(error as Error).message}\n${USAGE}\n`, code: 2 };
  }
  if (values.help) return { stdout: `${USAGE}\n`, stderr: '', code: 0 };
  const disabledTypes = (values.disable ?? '')
    .split(',')
    .map((type) => type.trim().toUpperCase())
    .filter((type) => type.length > 0);
  // No length cap here: the user asked for this whole input.
  const masker = createMasker({
    disabledTypes,
    allowList: values.allow ?? [],
    maxStringLength: Number.MAX_SAFE_INTEGER,
  });
  const result = masker.mask(input);
  const stdout = values.json ? `${JSON.stringify(result, null, 2)}\n` : result.text;
  return { stdout, stderr: '', code: 0 };
}

export interface MaskIo {
  stdin: AsyncIterable<string | Buffer>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

async function readAll(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(args: string[], io: MaskIo = process): Promise<number> {
  const input = args.includes('--help') || args.includes('-h') ? '' : await readAll(io.stdin);
  const { stdout, stderr, code } = maskCommand(args, input);
  if (stdout.length > 0) io.stdout.write(stdout);
  if (stderr.length > 0) io.stderr.write(stderr);
  return code;
}
