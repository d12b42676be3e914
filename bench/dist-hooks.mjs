/**
 * Module hooks for `pnpm bench`: the benches import llmtop's TypeScript sources (so they read like
 * the tests), but what users run is the compiled `dist/`. This maps every `packages/<pkg>/src/**`
 * module except fixtures to its `dist/` twin, so the figures are those of the shipped code and not
 * of tsx's on-the-fly transform (which, among other things, wraps every closure in a naming call).
 * `LLMTOP_BENCH_SOURCES=1` turns it off.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE = /\/packages\/(core|langchain|vercel-ai|tui)\/src\/(.+)\.ts$/;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const match = SOURCE.exec(resolved.url);
  if (!match || match[2].includes('__fixtures__') || match[2].endsWith('.test')) return resolved;
  const compiled = resolved.url.replace(`/src/${match[2]}.ts`, `/dist/${match[2]}.js`);
  if (!existsSync(fileURLToPath(compiled))) return resolved;
  return { ...resolved, url: compiled, format: 'module' };
}
