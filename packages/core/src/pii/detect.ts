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
const PRIORITY: Record<string, number> = {
  SECRET: 100,
  URL_CREDENTIALS: 95,
  CREDIT_CARD: 80,
  IBAN: 80,
  EMAIL: 75,
  US_SSN: 70,
  IP_ADDRESS: 65,
  PHONE: 60,
  STREET_ADDRESS: 40,
  PERSON: 30,
};
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
  allow: (value: string) => boolean;
}

export function detect(
  text: string,
  options: DetectOptions,
  knownNames?: ReadonlyMap<string, readonly string[]>,
): PiiEntity[] {
  const scan = new ScanText(text, knownNames);
  const candidates: Candidate[] = [];
  for (const recognizer of options.recognizers) recognizer.find(scan, candidates);
  if (candidates.length === 0) return [];

  const kept: Candidate[] = [];
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
    if (options.allow(text.slice(candidate.start, candidate.end))) continue;
    kept.push({ ...candidate, score });
  }
  return resolveOverlaps(mergeSameType(kept), text.length);
}

/** Overlapping candidates of one type become one span (an address line and its unit line). */
export function mergeSameType(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.start - b.start));
  const merged: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.type === candidate.type && candidate.start < previous.end) {
      previous.end = Math.max(previous.end, candidate.end);
      previous.score = Math.max(previous.score, candidate.score);
    } else {
      merged.push({ ...candidate });
    }
  }
  return merged;
}

function priorityOf(candidate: Candidate): number {
  // A phone that only a context word made (a short digit group) loses to an address around it.
  if (candidate.type === 'PHONE' && candidate.score < 0.7) return PRIORITY.STREET_ADDRESS! - 5;
  return PRIORITY[candidate.type] ?? CUSTOM_PRIORITY;
}

/** Greedy: best candidates first, each kept only if it overlaps nothing kept so far. */
export function resolveOverlaps(candidates: Candidate[], textLength: number): PiiEntity[] {
  candidates.sort(
    (a, b) => priorityOf(b) - priorityOf(a) || b.score - a.score || b.end - b.start - (a.end - a.start),
  );
  const accepted: PiiEntity[] = [];
  // Few candidates: pairwise checks. Many: a coverage map keeps this linear in the text length.
  const covered = candidates.length > 32 ? new Uint8Array(textLength) : undefined;
  for (const candidate of candidates) {
    if (covered === undefined) {
      if (accepted.some((entity) => candidate.start < entity.end && entity.start < candidate.end)) continue;
    } else {
      if (covered.subarray(candidate.start, candidate.end).includes(1)) continue;
      covered.fill(1, candidate.start, candidate.end);
    }
    accepted.push({
      type: candidate.type,
      start: candidate.start,
      end: candidate.end,
      score: candidate.score,
    });
  }
  return accepted.sort((a, b) => a.start - b.start);
}
