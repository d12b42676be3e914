/**
 * `pnpm bench`: every benchmark, one after another, each printing ratios measured side by side in
 * the same run. `pnpm bench core pii` runs only the named ones.
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';

// Measure the compiled code users run, not the sources through tsx (see dist-hooks.mjs).
if (process.env.LLMTOP_BENCH_SOURCES !== '1') register('./dist-hooks.mjs', import.meta.url);

const all = ['core', 'langchain', 'vercel-ai', 'pii', 'cost', 'judge', 'drift', 'otlp', 'tui'];
const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : all;

for (const name of names) {
  const file = new URL(`./${name}.bench.ts`, import.meta.url);
  if (!existsSync(file)) {
    console.log(`\n## ${name}: no benchmark yet`);
    continue;
  }
  console.log(`\n## ${name}`);
  const module = (await import(file.href)) as { bench: () => Promise<void> };
  await module.bench();
}
