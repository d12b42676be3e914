/**
 * Writes what is still in memory when the process ends: normal exit, `process.exit()`, an uncaught
 * exception, SIGINT, SIGTERM. Installed only when asked for (by `createLlmtop`), removed on shutdown.
 *
 * Signals: a listener of ours suppresses Node's default (exit). So after flushing, when ours was the
 * only listener, we remove it and re-raise the signal: the app dies of it exactly as it would have.
 * When the app has its own listeners, they decide; we only flush.
 */
export type SyncFlush = (reason: string) => void;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function installExitHooks(flushSync: SyncFlush): () => void {
  const onExit = () => flushSync('exit');
  const onUncaught = () => flushSync('uncaught exception');
  const onSignal = (signal: NodeJS.Signals) => {
    flushSync(signal);
    if (process.listenerCount(signal) === 1) {
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    }
  };
  process.on('exit', onExit);
  process.on('uncaughtExceptionMonitor', onUncaught);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return () => {
    process.removeListener('exit', onExit);
    process.removeListener('uncaughtExceptionMonitor', onUncaught);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
}
