/** `llmtop keygen`: prints a fresh random 256-bit key for LLMTOP_KEY. */
import { generateKey } from '@llmtop/core';

export async function run(_args: string[]): Promise<number> {
  process.stdout.write(`${generateKey()}\n`);
  return 0;
}
