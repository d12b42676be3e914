export { type AuditEntry, currentActor, recordAudit } from './audit.js';
export { isSealed, type OpenResult, openField, sealedKeyId, sealField } from './field-cipher.js';
export { generateKey, type Keyring, type KeyringSource, keyIdOf, loadKeyring } from './keyring.js';
export {
  createRowSealer,
  LOCKED_MARKER,
  type OpenedPayloads,
  openPayloads,
  PAYLOAD_COLUMNS,
  type PayloadColumn,
  TAMPERED_MARKER,
} from './payload-columns.js';
export { type RekeyResult, rekeyDatabase } from './rekey.js';
export { type PurgeResult, purgeExpired, type RetentionPolicy, setLegalHold } from './retention.js';
