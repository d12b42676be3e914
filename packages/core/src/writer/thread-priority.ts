/**
 * llmtop's background threads (the writer, the pipeline worker) run at a lower scheduling priority
 * than the app: when the cores are busy, the app's own threads go first and llmtop catches up in
 * the gaps. Linux only (a thread's priority is set through its thread id, read from
 * /proc/thread-self); elsewhere, or when not permitted, nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** `nice` value of llmtop's background threads (0 is the app's default, 19 the lowest). */
export const BACKGROUND_NICE = 10;

export function lowerThisThreadPriority(nice: number = BACKGROUND_NICE): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
