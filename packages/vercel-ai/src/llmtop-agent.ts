/**
 * `llmtopAgent(llmtop, settings)`: adds the llmtop telemetry integration to `ToolLoopAgent`
 * settings, named by the agent's `id` (or `options.agent`), so each `generate`/`stream` run is an
 * `agent` span with its steps, model calls and tools below it. ai 7 reads `telemetry`; ai 6 reads
 * `experimental_telemetry` (and gives flat tool spans only, see `llmtopTelemetry`).
 */
import type { Llmtop } from '@llmtop/core';
import { llmtopTelemetry } from './llmtop-telemetry.js';
import type { LlmtopAiOptions } from './span-context.js';

interface TelemetrySettings {
  integrations?: unknown;
  [option: string]: unknown;
}

interface AgentSettingsLike {
  id?: string;
  telemetry?: TelemetrySettings;
  experimental_telemetry?: TelemetrySettings;
}

export function llmtopAgent<S extends AgentSettingsLike>(
  llmtop: Llmtop,
  settings: S,
  options?: LlmtopAiOptions,
): S {
  const agent = options?.agent ?? settings.id;
  const integration = llmtopTelemetry(llmtop, agent === undefined ? options : { ...options, agent });
  const withOurs = (telemetry: TelemetrySettings | undefined): TelemetrySettings => {
    const existing = telemetry?.integrations;
    const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
    return { ...telemetry, integrations: [...list, integration] };
  };
  return {
    ...settings,
    telemetry: withOurs(settings.telemetry ?? settings.experimental_telemetry),
    experimental_telemetry: withOurs(settings.experimental_telemetry ?? settings.telemetry),
  };
}
