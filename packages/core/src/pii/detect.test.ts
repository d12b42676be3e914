import { describe, expect, it } from 'vitest';
import { mergeSameType, resolveOverlaps } from './detect.js';
import type { Candidate } from './recognizers/recognizer.js';

function candidate(type: string, start: number, end: number, score = 0.5): Candidate {
  return { type, start, end, score };
}

describe('overlap resolution', () => {
  it('keeps the higher-priority type, then the higher score, then the earlier of equal candidates', () => {
    const found = resolveOverlaps(
      [
        candidate('PERSON', 0, 10, 0.9),
        candidate('PHONE', 5, 15, 0.9),
        candidate('IBAN', 20, 30, 1),
        candidate('CREDIT_CARD', 22, 32, 1),
        candidate('PERSON', 40, 45, 0.5),
        candidate('PERSON', 42, 47, 0.8),
      ],
      50,
    );
    expect(found.map((entity) => `${entity.type}@${entity.start}`)).toEqual([
      'PHONE@5',
      'IBAN@20',
      'PERSON@42',
    ]);
  });

  it('resolves many candidates as it resolves few (sorted by start, no overlaps)', () => {
    const many: Candidate[] = [];
    for (let i = 0; i < 40; i++)
      many.push(candidate(i % 2 === 0 ? 'PERSON' : 'EMAIL', i * 3, i * 3 + 5, 0.5));
    const found = resolveOverlaps(many, 200);
    expect(found.map((entity) => entity.start)).toEqual(
      Array.from({ length: 20 }, (_, k) => 6 * k + 3).filter((start) => start + 5 <= 200),
    );
    const few = resolveOverlaps(many.slice(0, 6), 200);
    expect(few.map((entity) => entity.start)).toEqual([3, 9, 15]);
  });

  it('merges overlapping candidates of one type into one span', () => {
    const merged = mergeSameType([
      candidate('STREET_ADDRESS', 10, 20, 0.6),
      candidate('PERSON', 0, 4),
      candidate('STREET_ADDRESS', 18, 30, 0.9),
    ]);
    expect(merged).toEqual([candidate('PERSON', 0, 4), candidate('STREET_ADDRESS', 10, 30, 0.9)]);
  });
});
