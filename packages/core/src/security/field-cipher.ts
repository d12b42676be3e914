/**
 * Field-level AES-256-GCM. Each sealed value is self-describing text:
 *   llmtop:enc:v1:<keyId>:<iv b64>:<tag b64>:<ciphertext b64>
 * The span id and column name are authenticated data, so a ciphertext moved to another row or
 * column fails to open, exactly like a tampered one.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring.js';

const PREFIX = 'llmtop:enc:v1:';

export type OpenResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'no-key' | 'unknown-key' | 'tampered' };

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function sealField(plain: string, keyring: Keyring, context: string): string {
  const key = keyring.keys.get(keyring.activeKeyId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${keyring.activeKeyId}:${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
}

export function sealedKeyId(value: string): string | undefined {
  return isSealed(value) ? value.slice(PREFIX.length).split(':')[0] : undefined;
}

export function openField(value: string, keyring: Keyring | undefined, context: string): OpenResult {
  if (!isSealed(value)) return { ok: true, text: value };
  if (!keyring) return { ok: false, reason: 'no-key' };
  const [keyId, iv, tag, body] = value.slice(PREFIX.length).split(':');
  const key = keyId ? keyring.keys.get(keyId) : undefined;
  if (!key) return { ok: false, reason: 'unknown-key' };
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag ?? '', 'base64'));
    return {
      ok: true,
      text: Buffer.concat([decipher.update(Buffer.from(body ?? '', 'base64')), decipher.final()]).toString(
        'utf8',
      ),
    };
  } catch {
    return { ok: false, reason: 'tampered' };
  }
}
