/** Driving a real terminal for end-to-end tests: tmux sessions, keys, and capture-pane with a deadline. */
import { execFileSync } from 'node:child_process';

export function requireTmux(): void {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'pipe' });
  } catch {
    throw new Error('these end-to-end tests need tmux on PATH (.ci/run installs it)');
  }
}

export function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function startSession(name: string, command: string, size: { width: number; height: number }): void {
  tmux('-u', 'new-session', '-d', '-s', name, '-x', String(size.width), '-y', String(size.height), command);
}

export function capture(name: string): string {
  return tmux('capture-pane', '-t', name, '-p');
}

export function sendKeys(name: string, ...keys: string[]): void {
  tmux('send-keys', '-t', name, ...keys);
}

export function typeText(name: string, text: string): void {
  tmux('send-keys', '-t', name, '-l', text);
}

export function killSession(name: string): void {
  try {
    tmux('kill-session', '-t', name);
  } catch {
    // Already gone.
  }
}

/** Polls the pane until `check` accepts it; fails with the last screen after the deadline. */
export async function waitForScreen(
  name: string,
  check: (screen: string) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let screen = '';
  for (;;) {
    screen = capture(name);
    if (check(screen)) return screen;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen was:\n${screen}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
