import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests run against the TypeScript sources, not dist/, so `pnpm test` needs no build step.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@llmtop\/core\/sqlite$/, replacement: source('./packages/core/src/sqlite/index.ts') },
      { find: /^@llmtop\/core\/otlp$/, replacement: source('./packages/core/src/otlp/index.ts') },
      { find: /^@llmtop\/core$/, replacement: source('./packages/core/src/index.ts') },
      { find: /^@llmtop\/langchain$/, replacement: source('./packages/langchain/src/index.ts') },
      { find: /^@llmtop\/vercel-ai$/, replacement: source('./packages/vercel-ai/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
