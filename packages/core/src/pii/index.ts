// Public exports of the pii subsystem: PII and secret masking before anything is stored.
export { createMasker, PII_REDACTION_MARKER } from './masker.js';
export type {
  CustomRecognizer,
  FieldPolicy,
  Masker,
  MaskerOptions,
  MaskResult,
  PiiEntity,
  PlaceholderScope,
} from './pii.types.js';
