/**
 * Which `spans` columns are payload (encrypted when a key is set, aged out by the payload clock)
 * and how readers open them. Metrics columns (tokens, cost, latency, ids) always stay in clear.
 */
import type { SpanRow } from '../span/span-record.js';
import { isSealed, openField, sealField } from './field-cipher.js';
import type { Keyring } from './keyring.js';

export const PAYLOAD_COLUMNS = ['input', 'output', 'attributes', 'error'] as const;
export type PayloadColumn = (typeof PAYLOAD_COLUMNS)[number];

export const LOCKED_MARKER = '[llmtop: locked — set LLMTOP_KEY to read payloads]';
export const TAMPERED_MARKER = '[llmtop: payload failed authentication — tampered or wrong key]';

const contextOf = (spanId: string, column: PayloadColumn) => `${spanId}/${column}`;

/** The pipeline's seal stage: encrypts the payload columns of a row in place. */
export function createRowSealer(keyring: Keyring): (row: SpanRow) => void {
  return (row) => {
    for (const column of PAYLOAD_COLUMNS) {
      const value = row[column];
      if (value !== null) row[column] = sealField(value, keyring, contextOf(row.span_id, column));
    }
    row.key_id = keyring.activeKeyId;
  };
}

export interface OpenedPayloads {
  input: string | null;
  output: string | null;
  attributes: string | null;
  error: string | null;
  /** True when some column could not be opened (no key, unknown key, tampered). */
  locked: boolean;
  reason?: 'no-key' | 'unknown-key' | 'tampered';
}

/** For readers (TUI, export, judge): clear text where the keyring opens it, a marker where not. */
export function openPayloads(
  row: { span_id: string } & Partial<Record<PayloadColumn, string | null>>,
  keyring: Keyring | undefined,
): OpenedPayloads {
  const out: OpenedPayloads = { input: null, output: null, attributes: null, error: null, locked: false };
  for (const column of PAYLOAD_COLUMNS) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    if (!isSealed(value)) {
      out[column] = value;
      continue;
    }
    const opened = openField(value, keyring, contextOf(row.span_id, column));
    if (opened.ok) {
      out[column] = opened.text;
    } else {
      out.locked = true;
      out.reason = opened.reason;
      const marker = opened.reason === 'tampered' ? TAMPERED_MARKER : LOCKED_MARKER;
      out[column] = column === 'error' ? marker : JSON.stringify(marker);
    }
  }
  return out;
}
