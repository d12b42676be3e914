/**
 * Encryption keys for payload columns. A key comes from an option, `$LLMTOP_KEY`, or a key file
 * (`$LLMTOP_KEY_FILE`). Several keys may be given, comma-separated: the first encrypts, all decrypt —
 * that is how rotation works (`LLMTOP_KEY=new,old`, then `llmtop rekey`, then drop `old`).
 *
 * A key is either 32 random bytes in base64 / hex (what `llmtop keygen` prints) or a passphrase,
 * stretched with scrypt. The key id stored on each row is derived from the key, never the key itself.
 */
import { createHash, randomBytes, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Keyring {
  /** Id of the key new rows are encrypted with. */
  readonly activeKeyId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

export interface KeyringSource {
  /** Key material, comma-separated for several keys. */
  key?: string;
  keyFile?: string;
}

const SCRYPT_SALT = 'llmtop/payload-key/v1';

function decodeKey(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed, 'base64');
    if (bytes.length === 32) return bytes;
  }
  if (trimmed.length < 12) throw new Error('llmtop: an encryption passphrase needs at least 12 characters');
  return scryptSync(trimmed, SCRYPT_SALT, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('llmtop-key-id').update(key).digest('hex').slice(0, 12);
}

/** Builds a keyring from explicit material, else the environment; undefined when no key is configured. */
export function loadKeyring(
  source: KeyringSource = {},
  env: NodeJS.ProcessEnv = process.env,
): Keyring | undefined {
  let material = source.key;
  const file = source.keyFile ?? (material === undefined ? env.LLMTOP_KEY_FILE : undefined);
  if (material === undefined && file) material = readFileSync(file, 'utf8');
  material ??= env.LLMTOP_KEY;
  if (!material || material.trim() === '') return undefined;
  const keys = new Map<string, Buffer>();
  let activeKeyId: string | undefined;
  for (const part of material.split(',')) {
    if (part.trim() === '') continue;
    const key = decodeKey(part);
    const id = keyIdOf(key);
    activeKeyId ??= id;
    keys.set(id, key);
  }
  return activeKeyId ? { activeKeyId, keys } : undefined;
}

/** A fresh random key, base64, for `llmtop keygen`. */
export function generateKey(): string {
  return randomBytes(32).toString('base64');
}
