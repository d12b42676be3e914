/**
 * Detection: runs the enabled recognizers over one text, applies context words and the score
 * threshold, drops allow-listed values and resolves overlaps (higher-priority type first, then
 * higher score, then longer span).
 */
import type { CustomRecognizer, PiiEntity } from './pii.types.js';
import { creditCardRecognizer } from './recognizers/credit-card.js';
import { emailRecognizer } from './recognizers/email.js';
import { ibanRecognizer } from './recognizers/iban.js';
import { ipAddressRecognizer } from './recognizers/ip-address.js';
import { personRecognizer } from './recognizers/person.js';
import { phoneRecognizer } from './recognizers/phone.js';
import {
  type Candidate,
  CONTEXT_BOOST,
  eachMatch,
  hasContext,
  type KnownNames,
  type Recognizer,
  ScanText,
} from './recognizers/recognizer.js';
import { secretRecognizer } from './recognizers/secrets.js';
import { streetAddressRecognizer } from './recognizers/street-address.js';
import { urlCredentialsRecognizer } from './recognizers/url-credentials.js';
import { usSsnRecognizer } from './recognizers/us-ssn.js';

export const BUILT_IN_RECOGNIZERS: readonly Recognizer[] = [
  secretRecognizer,
  urlCredentialsRecognizer,
  emailRecognizer,
  creditCardRecognizer,
  ibanRecognizer,
  usSsnRecognizer,
  ipAddressRecognizer,
  phoneRecognizer,
  streetAddressRecognizer,
  personRecognizer,
];

/** Overlap winner order; custom recognizers rank just below secrets. */
const PRIORITY = new Map<string, number>([
  ['SECRET', 100],
  ['URL_CREDENTIALS', 95],
  ['CREDIT_CARD', 80],
  ['IBAN', 80],
  ['EMAIL', 75],
  ['US_SSN', 70],
  ['IP_ADDRESS', 65],
  ['PHONE', 60],
  ['STREET_ADDRESS', 40],
  ['PERSON', 30],
]);
const CUSTOM_PRIORITY = 90;
const EPSILON = 1e-9;

export function customRecognizer(spec: CustomRecognizer): Recognizer {
  const flags = spec.pattern.flags.includes('g') ? spec.pattern.flags : `${spec.pattern.flags}g`;
  const pattern = new RegExp(spec.pattern.source, flags);
  const score = spec.score ?? 0.8;
  const context = spec.contextWords?.map((word) => word.toLowerCase());
  return {
    type: spec.type,
    find(scan: ScanText, out: Candidate[]): void {
      eachMatch(pattern, scan.text, (match) => {
        const candidate: Candidate = {
          type: spec.type,
          start: match.index,
          end: match.index + match[0].length,
          score,
        };
        if (context !== undefined && context.length > 0) candidate.context = context;
        out.push(candidate);
      });
    },
  };
}

export interface DetectOptions {
  recognizers: readonly Recognizer[];
  threshold: number;
  /** Values never masked; undefined when the allow list is empty. */
  allow: ((value: string) => boolean) | undefined;
}

export function detect(text: string, options: DetectOptions, knownNames?: KnownNames): PiiEntity[] {
  const scan = new ScanText(text, knownNames);
  const candidates: Candidate[] = [];
  for (const recognizer of options.recognizers) recognizer.find(scan, candidates);
  if (candidates.length === 0) return [];

  // Candidates are fresh objects owned by this call: scored, filtered and merged in place.
  const allow = options.allow;
  let kept = 0;
  for (const candidate of candidates) {
    let score = candidate.score;
    if (
      candidate.context !== undefined &&
      score < 1 &&
      hasContext(scan, candidate.start, candidate.end, candidate.context)
    ) {
      score = Math.min(1, score + CONTEXT_BOOST);
    }
    if (score + EPSILON < options.threshold) continue;
    if (allow?.(text.slice(candidate.start, candidate.end))) continue;
    candidate.score = score;
    candidates[kept++] = candidate;
  }
  // (Setting an array's length is a call into the runtime, even when it changes nothing.)
  if (kept < candidates.length) candidates.length = kept;
  return mergeAndResolve(candidates, text.length);
}

/**
 * Overlapping candidates of one type become one span (an address line and its unit line). The
 * candidates are modified in place (callers own them).
 */
export function mergeSameType(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  sortStable(candidates, byTypeThenStart);
  const merged: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.type === candidate.type && candidate.start < previous.end) {
      previous.end = Math.max(previous.end, candidate.end);
      previous.score = Math.max(previous.score, candidate.score);
    } else {
      merged.push(candidate);
    }
  }
  return merged;
}

/**
 * A stable sort, as `Array.prototype.sort`; the few candidates of a typical text are insertion-
 * sorted, which saves the builtin's set-up and its calls back into the comparator.
 */
function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

function priorityOf(candidate: Candidate): number {
  // A phone that only a context word made (a short digit group) loses to an address around it.
  if (candidate.type === 'PHONE' && candidate.score < 0.7) return PRIORITY.get('STREET_ADDRESS')! - 5;
  return PRIORITY.get(candidate.type) ?? CUSTOM_PRIORITY;
}

interface Ranked {
  candidate: Candidate;
  priority: number;
}

function byPriority(a: Ranked, b: Ranked): number {
  return (
    b.priority - a.priority ||
    b.candidate.score - a.candidate.score ||
    b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start)
  );
}

function byStart(a: PiiEntity, b: PiiEntity): number {
  return a.start - b.start;
}

/**
 * The entity of a kept candidate: the candidate itself when it has exactly an entity's fields
 * (recognizers create `{ type, start, end, score }` in that order, and candidates are owned by the
 * detection that made them), else a copy without `context`.
 */
function toEntity(candidate: Candidate): PiiEntity {
  if (candidate.context === undefined) return candidate;
  return { type: candidate.type, start: candidate.start, end: candidate.end, score: candidate.score };
}

function overlapsAny(accepted: readonly PiiEntity[], candidate: Candidate): boolean {
  for (const entity of accepted)
    if (candidate.start < entity.end && entity.start < candidate.end) return true;
  return false;
}

function hasEmptySpan(candidates: readonly Candidate[]): boolean {
  for (const candidate of candidates) if (candidate.start >= candidate.end) return true;
  return false;
}

/**
 * `resolveOverlaps(mergeSameType(candidates))` in one sweep in start order: each type's candidates
 * meet in the order a (type, start) sort gives them, so they merge as there; a candidate overlapping
 * nothing is kept as it is, and only clusters of overlaps are put in (type, start) order (the order
 * their ties keep) and ranked. The caller's array is sorted and compacted in place (callers own
 * it); when nothing overlaps and no candidate carries context words, it is the result itself.
 */
export function mergeAndResolve(candidates: Candidate[], textLength: number): PiiEntity[] {
  if (hasEmptySpan(candidates)) return resolveOverlaps(mergeSameType(candidates), textLength);
  sortByStart(candidates);
  // Merged candidates move to the front, in start order. `latest` holds the last one of each type
  // (the first `types`) since the last start that nothing before reached past: a candidate that
  // ends before a start merges with nothing from there on.
  const latest: Candidate[] = [];
  let types = 0;
  let reach = 0;
  // Two kept candidates overlap, or one carries context words (its entity is a copy without them).
  let resolve = false;
  let count = 0;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    if (candidate.start >= reach) types = 0;
    const t = indexOfType(latest, types, candidate.type);
    const previous = t === -1 ? undefined : latest[t]!;
    if (previous !== undefined && candidate.start < previous.end) {
      previous.end = Math.max(previous.end, candidate.end);
      previous.score = Math.max(previous.score, candidate.score);
      reach = Math.max(reach, previous.end);
      continue;
    }
    if (t === -1) latest[types++] = candidate;
    else latest[t] = candidate;
    if (candidate.start < reach || candidate.context !== undefined) resolve = true;
    reach = Math.max(reach, candidate.end);
    candidates[count++] = candidate;
  }
  if (count < candidates.length) candidates.length = count;
  if (!resolve) return candidates;
  const entities: PiiEntity[] = [];
  for (let i = 0; i < count; ) {
    const first = candidates[i]!;
    let end = first.end;
    let j = i + 1;
    for (; j < count && candidates[j]!.start < end; j++) end = Math.max(end, candidates[j]!.end);
    if (j === i + 1) entities.push(toEntity(first));
    else if (j === i + 2) entities.push(toEntity(pairWinner(first, candidates[i + 1]!)));
    else {
      const cluster = sortStable(candidates.slice(i, j), byTypeThenStart);
      for (const entity of resolveGreedy(cluster, first.start, end)) entities.push(entity);
    }
    i = j;
  }
  return entities;
}

/**
 * `resolveGreedy` of two overlapping candidates (`a` starts first): the better ranked one, and on a
 * tie the one that a (type, start) order puts first.
 */
export function pairWinner(a: Candidate, b: Candidate): Candidate {
  const rank = byPriority(
    { candidate: a, priority: priorityOf(a) },
    { candidate: b, priority: priorityOf(b) },
  );
  if (rank !== 0) return rank < 0 ? a : b;
  return byTypeThenStart(a, b) > 0 ? b : a;
}

/**
 * Sorts in place by start, stably (ties in input order). Each recognizer reports in text order,
 * so the list is a few ordered runs: an insertion sort moves few candidates. Past a budget of
 * moves (linear in the length) the builtin sort takes over; the moves made keep ties in order, so
 * its stable result is the same.
 */
export function sortByStart(candidates: Candidate[]): void {
  let budget = candidates.length > 16 ? 8 * candidates.length : 256;
  for (let i = 1; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const start = candidate.start;
    let j = i - 1;
    if (candidates[j]!.start <= start) continue;
    do {
      candidates[j + 1] = candidates[j]!;
      j--;
      budget--;
    } while (j >= 0 && candidates[j]!.start > start);
    candidates[j + 1] = candidate;
    if (budget < 0) {
      candidates.sort(byCandidateStart);
      return;
    }
  }
}

function byCandidateStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/** Index of the candidate of `type` in the first `length` of `list` (a handful of types), or -1. */
function indexOfType(list: readonly Candidate[], length: number, type: string): number {
  for (let t = 0; t < length; t++) if (list[t]!.type === type) return t;
  return -1;
}

function byTypeThenStart(a: Candidate, b: Candidate): number {
  return a.type < b.type ? -1 : a.type > b.type ? 1 : a.start - b.start;
}

/**
 * Greedy: best candidates first, each kept only if it overlaps nothing kept so far. The plain
 * definition, which `mergeAndResolve` computes cluster by cluster; it serves inputs with empty
 * spans and tests.
 */
export function resolveOverlaps(candidates: Candidate[], textLength: number): PiiEntity[] {
  return resolveGreedy(candidates, 0, textLength);
}

/** The greedy choice over candidates that all lie in text[from, to); ties keep their order. */
function resolveGreedy(candidates: readonly Candidate[], from: number, to: number): PiiEntity[] {
  // Each candidate's priority is computed once, not once per comparison.
  const ranked: Ranked[] = candidates.map((candidate) => ({ candidate, priority: priorityOf(candidate) }));
  sortStable(ranked, byPriority);
  const accepted: PiiEntity[] = [];
  // Few candidates: pairwise checks. Many: a coverage map keeps this linear in the span's length.
  const covered = ranked.length > 32 ? new Uint8Array(to - from) : undefined;
  for (const { candidate } of ranked) {
    if (covered === undefined) {
      if (overlapsAny(accepted, candidate)) continue;
    } else {
      if (covered.subarray(candidate.start - from, candidate.end - from).includes(1)) continue;
      covered.fill(1, candidate.start - from, candidate.end - from);
    }
    accepted.push(toEntity(candidate));
  }
  return sortStable(accepted, byStart);
}
