export { loadKeyring, generateKey, keyIdOf, type Keyring, type KeyringSource } from './keyring.js';
export { isSealed, openField, sealField, sealedKeyId, type OpenResult } from './field-cipher.js';
export {
  createRowSealer,
  openPayloads,
  LOCKED_MARKER,
  TAMPERED_MARKER,
  PAYLOAD_COLUMNS,
  type OpenedPayloads,
  type PayloadColumn,
} from './payload-columns.js';
export { rekeyDatabase, type RekeyResult } from './rekey.js';
export { recordAudit, currentActor, type AuditEntry } from './audit.js';
export { purgeExpired, setLegalHold, type PurgeResult, type RetentionPolicy } from './retention.js';
