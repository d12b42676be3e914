/**
 * Per-trace placeholder numbering: `<TYPE_n>`, where n counts distinct values of that type in the
 * scope, so the same e-mail address is `<EMAIL_1>` in every span of a trace. Values are compared
 * after a per-type normalisation (case for e-mails and names, separators for numbers).
 */
import type { PlaceholderScope } from './pii.types.js';
import {
  type KnownNames,
  knownHashBit,
  knownHashSlot,
  shapeBit,
  shapeIndex,
} from './recognizers/recognizer.js';
import { foldedHash } from './recognizers/word-table.js';

const MAX_REMEMBERED_NAMES = 100;
const TITLE_PREFIX = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir)\.? /i;
/** Whitespace that `\s+` → ' ' would change: a run, or anything but a plain space. */
const UNUSUAL_SPACE = /\s\s|[^\S ]/;

const TITLE_WORD = /^(?:mr|mrs|ms|miss|dr|prof|sir|mx)\.?$/i;

export interface ScopeSnapshot {
  byType: Map<string, TypePlaceholders> | undefined;
  known: MutableKnownNames | undefined;
  nameCount: number;
}

/** The scope's `KnownNames`, which only `addName` changes. */
interface MutableKnownNames {
  byFirstWordHash: Map<number, string[]>;
  firstWordHashBits: Int32Array;
  firstWordShapes: Int32Array;
}

/** One type's placeholders: by raw value (repeats skip normalisation) and by normalised value. */
interface TypePlaceholders {
  count: number;
  byValue: Map<string, string>;
  byNormalised: Map<string, string>;
}

/**
 * One per trace (the writer keeps the last 2,000), and most traces mask nothing: every table is
 * created on first use, so an untouched scope is one small object.
 */
export class ScopeState implements PlaceholderScope {
  readonly kind = 'llmtop.pii.scope' as const;
  private byType: Map<string, TypePlaceholders> | undefined;
  /** PERSON values seen in this scope, by their first word's hash; later mentions are masked too. */
  private known: ScopeSnapshot['known'];
  private nameCount = 0;
  /**
   * PERSON values already passed to `personPlaceholder`, with their placeholder: a repeat would
   * remember nothing new and get the same placeholder. A cache of this object only (not in a
   * snapshot): most names in a trace are repeats.
   */
  private namePlaceholders: Map<string, string> | undefined;
  /** The PERSON table of `byType`, kept at hand (the same object, not a copy). */
  private personTable: TypePlaceholders | undefined;

  /**
   * A scope rebuilt from `snapshot()` after a structured clone (another thread's masker carries on
   * with the same numbering). Anything that is not a snapshot gives a fresh scope.
   */
  static fromSnapshot(snapshot: unknown): ScopeState {
    const state = new ScopeState();
    if (typeof snapshot !== 'object' || snapshot === null) return state;
    const { byType, known, nameCount } = snapshot as ScopeSnapshot;
    if (byType instanceof Map) state.byType = byType;
    if (
      known &&
      known.byFirstWordHash instanceof Map &&
      known.firstWordHashBits instanceof Int32Array &&
      known.firstWordShapes instanceof Int32Array
    )
      state.known = known;
    if (typeof nameCount === 'number') state.nameCount = nameCount;
    return state;
  }

  /** The scope's tables as plain structured-cloneable data (raw values included: memory only). */
  snapshot(): ScopeSnapshot {
    return { byType: this.byType, known: this.known, nameCount: this.nameCount };
  }

  /** PERSON values seen in this scope; undefined while there are none. */
  get knownNames(): KnownNames | undefined {
    return this.known;
  }

  placeholderFor(type: string, value: string): string {
    const table = this.table(type);
    let placeholder = table.byValue.get(value);
    if (placeholder === undefined) {
      placeholder = numbered(table, type, normalise(type, value));
      table.byValue.set(value, placeholder);
    }
    return placeholder;
  }

  /**
   * `rememberName(value)`, then `placeholderFor('PERSON', value)`. `byValue` only caches what
   * `byNormalised` gives, and `namePlaceholders` caches the same here: the PERSON `byValue` is
   * left alone.
   */
  personPlaceholder(value: string): string {
    this.namePlaceholders ??= new Map();
    let placeholder = this.namePlaceholders.get(value);
    if (placeholder === undefined) {
      this.rememberName(value);
      this.personTable ??= this.table('PERSON');
      placeholder = numbered(this.personTable, 'PERSON', normalisePerson(value));
      this.namePlaceholders.set(value, placeholder);
    }
    return placeholder;
  }

  private table(type: string): TypePlaceholders {
    this.byType ??= new Map();
    let table = this.byType.get(type);
    if (table === undefined) {
      table = { count: 0, byValue: new Map(), byNormalised: new Map() };
      this.byType.set(type, table);
    }
    return table;
  }

  rememberName(value: string): void {
    if (this.nameCount >= MAX_REMEMBERED_NAMES) return;
    this.addName(value);
    // "Mr. John Hansen" is also remembered as "John Hansen".
    const space = value.indexOf(' ');
    if (space === -1 || space > 5) return;
    // Titles are at most five characters and start with m, d, p or s.
    const first = value.charCodeAt(0) | 32;
    if (first !== 109 && first !== 100 && first !== 112 && first !== 115) return;
    if (TITLE_WORD.test(value.slice(0, space))) this.addName(value.slice(space + 1));
  }

  /**
   * Adds a name unless it is known already. A known name shares its first word's hash, so the
   * group of that hash is the only place to look for it; the name's first word is never sliced.
   */
  private addName(name: string): void {
    if (this.nameCount >= MAX_REMEMBERED_NAMES) return;
    const space = name.indexOf(' ');
    const firstLength = space === -1 ? name.length : space;
    this.known ??= {
      byFirstWordHash: new Map(),
      firstWordHashBits: new Int32Array(128),
      firstWordShapes: new Int32Array(128),
    };
    const known = this.known;
    const hash = foldedHash(name, 0, firstLength);
    const sameHash = known.byFirstWordHash.get(hash);
    if (sameHash === undefined) {
      known.byFirstWordHash.set(hash, [name]);
      known.firstWordHashBits[knownHashSlot(hash)]! |= knownHashBit(hash);
    } else if (sameHash.includes(name)) return;
    else sameHash.push(name);
    known.firstWordShapes[shapeIndex(name.charCodeAt(0))]! |= shapeBit(firstLength);
    this.nameCount++;
  }
}

/** The placeholder of a normalised value: the table's next number for a value not seen before. */
function numbered(table: TypePlaceholders, type: string, key: string): string {
  let placeholder = table.byNormalised.get(key);
  if (placeholder === undefined) {
    table.count++;
    placeholder = placeholderText(type, table.count);
    table.byNormalised.set(key, placeholder);
  }
  return placeholder;
}

/**
 * `<TYPE_n>` texts shared by all scopes (each trace numbers its values from 1 again), up to a
 * bound; the types are the configured ones.
 */
const PLACEHOLDER_TEXTS = new Map<string, string[]>();
const MAX_SHARED_NUMBER = 1024;

function placeholderText(type: string, n: number): string {
  if (n > MAX_SHARED_NUMBER) return `<${type}_${n}>`;
  let texts = PLACEHOLDER_TEXTS.get(type);
  if (texts === undefined) {
    texts = [];
    PLACEHOLDER_TEXTS.set(type, texts);
  }
  let text = texts[n];
  if (text === undefined) {
    text = `<${type}_${n}>`;
    texts[n] = text;
  }
  return text;
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
      return normalisePerson(value);
    case 'EMAIL':
    case 'STREET_ADDRESS':
      return singleSpaced(value.toLowerCase());
    default:
      return value;
  }
}

/** "Mr. Hansen" and "Hansen" are one person: lower case, no title, single spaces. */
function normalisePerson(value: string): string {
  let name = value.toLowerCase();
  // A title (at most four letters and a dot, starting with m, d, p or s) ends at the first space.
  const space = name.indexOf(' ');
  if (space !== -1 && space <= 5) {
    const first = name.charCodeAt(0);
    if (first === 109 || first === 100 || first === 112 || first === 115)
      name = name.replace(TITLE_PREFIX, '');
  }
  return singleSpaced(name);
}

/** Whitespace runs collapsed to one space, ends trimmed. */
function singleSpaced(text: string): string {
  if (isTidyAscii(text)) return text;
  return (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/**
 * ASCII with no whitespace but single spaces between other characters: collapsing and trimming
 * whitespace leave it as it is (a name usually is; the check saves two regex scans).
 */
export function isTidyAscii(text: string): boolean {
  let previousSpace = true; // no space first
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 9 && code <= 13)) return false;
    const space = code === 32;
    if (space && previousSpace) return false;
    previousSpace = space;
  }
  return !previousSpace;
}
