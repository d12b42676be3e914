/**
 * Per-trace placeholder numbering: `<TYPE_n>`, where n counts distinct values of that type in the
 * scope, so the same e-mail address is `<EMAIL_1>` in every span of a trace. Values are compared
 * after a per-type normalisation (case for e-mails and names, separators for numbers).
 */
import type { PlaceholderScope } from './pii.types.js';

const MAX_REMEMBERED_NAMES = 100;
const TITLE_PREFIX = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir)\.? /i;

export class ScopeState implements PlaceholderScope {
  readonly kind = 'llmtop.pii.scope' as const;
  private readonly counters = new Map<string, number>();
  private readonly placeholders = new Map<string, string>();
  /** PERSON values seen in this scope, by first word; later mentions of them are masked too. */
  readonly namesByFirstWord = new Map<string, string[]>();
  private nameCount = 0;

  placeholderFor(type: string, value: string): string {
    const key = `${type}\u0000${normalise(type, value)}`;
    let placeholder = this.placeholders.get(key);
    if (placeholder === undefined) {
      const next = (this.counters.get(type) ?? 0) + 1;
      this.counters.set(type, next);
      placeholder = `<${type}_${next}>`;
      this.placeholders.set(key, placeholder);
    }
    return placeholder;
  }

  rememberName(value: string): void {
    // "Mr. John Hansen" is also remembered as "John Hansen".
    const words = value.split(' ');
    const untitled =
      words.length > 1 && /^(?:mr|mrs|ms|miss|dr|prof|sir|mx)\.?$/i.test(words[0]!)
        ? words.slice(1).join(' ')
        : undefined;
    for (const name of untitled === undefined ? [value] : [value, untitled]) {
      if (this.nameCount >= MAX_REMEMBERED_NAMES) return;
      const first = name.split(' ', 1)[0]!;
      const list = this.namesByFirstWord.get(first);
      if (list?.includes(name)) continue;
      if (list === undefined) this.namesByFirstWord.set(first, [name]);
      else list.push(name);
      this.nameCount++;
    }
  }
}

/** The state behind a scope handed back by a caller; anything unknown starts a fresh one. */
export function scopeState(scope: PlaceholderScope | undefined): ScopeState {
  return scope instanceof ScopeState ? scope : new ScopeState();
}

function normalise(type: string, value: string): string {
  switch (type) {
    case 'CREDIT_CARD':
    case 'PHONE':
    case 'US_SSN':
      return value.replace(/\D/g, '');
    case 'IBAN':
      return value.replace(/\s/g, '').toUpperCase();
    case 'PERSON':
      // "Mr. Hansen" and "Hansen" are one person.
      return value.toLowerCase().replace(TITLE_PREFIX, '').replace(/\s+/g, ' ').trim();
    case 'EMAIL':
    case 'STREET_ADDRESS':
      return value.toLowerCase().replace(/\s+/g, ' ').trim();
    default:
      return value;
  }
}
