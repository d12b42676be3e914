import { describe, expect, it } from 'vitest';
import { mergeAndResolve, mergeSameType, pairWinner, resolveOverlaps, sortByStart } from './detect.js';
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

  it('orders and merges as a stable sort by type, then start, does', () => {
    const reference = (candidates: Candidate[]) => {
      const sorted = [...candidates].sort((a, b) =>
        a.type < b.type ? -1 : a.type > b.type ? 1 : a.start - b.start,
      );
      const merged: Candidate[] = [];
      for (const c of sorted) {
        const last = merged[merged.length - 1];
        if (last !== undefined && last.type === c.type && c.start < last.end)
          merged[merged.length - 1] = {
            ...last,
            end: Math.max(last.end, c.end),
            score: Math.max(last.score, c.score),
          };
        else merged.push({ ...c });
      }
      return merged.map((c) => `${c.type}@${c.start}-${c.end}:${c.score}`);
    };
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const types = ['PERSON', 'STREET_ADDRESS', 'EMAIL', 'SECRET', 'CUSTOM_ID'];
    for (let round = 0; round < 300; round++) {
      const candidates: Candidate[] = [];
      for (let i = 0, count = 1 + next(40); i < count; i++) {
        const start = next(100);
        candidates.push(
          candidate(types[next(1 + next(types.length))]!, start, start + 1 + next(9), next(10) / 10),
        );
      }
      const expected = reference(candidates);
      const merged = mergeSameType(candidates.map((c) => ({ ...c })));
      expect(merged.map((c) => `${c.type}@${c.start}-${c.end}:${c.score}`)).toEqual(expected);
    }
  });

  it('merges and resolves in one sweep as mergeSameType, then resolveOverlaps do', () => {
    let seed = 5;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const types = ['PERSON', 'STREET_ADDRESS', 'PHONE', 'SECRET', 'IBAN', 'CREDIT_CARD', 'CUSTOM_ID'];
    for (let round = 0; round < 400; round++) {
      const candidates: Candidate[] = [];
      for (let i = 0, count = 1 + next(45); i < count; i++) {
        const start = next(120);
        const empty = round % 10 === 0 && next(8) === 0;
        candidates.push(
          candidate(
            types[next(types.length)]!,
            start,
            empty ? start : start + 1 + next(12),
            [0.5, 0.6, 0.9, 1][next(4)],
          ),
        );
      }
      const show = (entities: { type: string; start: number; end: number; score?: number }[]) =>
        entities.map((e) => `${e.type}@${e.start}-${e.end}:${e.score}`);
      const expected = show(resolveOverlaps(mergeSameType(candidates.map((c) => ({ ...c }))), 140));
      expect(
        show(
          mergeAndResolve(
            candidates.map((c) => ({ ...c })),
            140,
          ),
        ),
      ).toEqual(expected);
    }
  });

  it('returns entities with exactly the entity fields', () => {
    const found = resolveOverlaps(
      [{ type: 'CREDIT_CARD', start: 0, end: 16, score: 1, context: ['card'] }, candidate('PERSON', 20, 25)],
      30,
    );
    expect(found.map((entity) => Object.keys(entity))).toEqual([
      ['type', 'start', 'end', 'score'],
      ['type', 'start', 'end', 'score'],
    ]);
  });

  it('resolves clusters of overlaps as one greedy pass over all candidates does', () => {
    // The plain greedy choice: best first (stable), each kept if it overlaps nothing kept so far.
    const priority: Record<string, number> = {
      SECRET: 100,
      IBAN: 80,
      CREDIT_CARD: 80,
      PHONE: 60,
      PERSON: 30,
    };
    const greedy = (candidates: Candidate[]) => {
      const rank = (c: Candidate) => (c.type === 'PHONE' && c.score < 0.7 ? 35 : priority[c.type]!);
      const ranked = [...candidates].sort(
        (a, b) => rank(b) - rank(a) || b.score - a.score || b.end - b.start - (a.end - a.start),
      );
      const kept: Candidate[] = [];
      for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
      return kept.sort((a, b) => a.start - b.start).map((c) => `${c.type}@${c.start}-${c.end}`);
    };
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const types = Object.keys(priority);
    for (let round = 0; round < 300; round++) {
      const candidates: Candidate[] = [];
      for (let i = 0, count = 1 + next(45); i < count; i++) {
        const start = next(120);
        candidates.push(
          candidate(types[next(types.length)]!, start, start + 1 + next(12), [0.5, 0.6, 0.9, 1][next(4)]),
        );
      }
      const found = resolveOverlaps(candidates, 140).map((e) => `${e.type}@${e.start}-${e.end}`);
      expect(found).toEqual(greedy(candidates));
    }
  });
});

describe('sortByStart', () => {
  const label = (c: Candidate) => `${c.type}@${c.start}`;

  it('orders as the stable builtin sort, within its move budget and past it', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const candidates: Candidate[] = [];
      // Ordered runs (as recognizers report), or shuffled lists that exhaust the budget.
      const shuffled = round % 3 === 0;
      for (let run = 0, runs = 1 + next(4); run < runs; run++) {
        let start = next(20);
        for (let i = 0, count = next(shuffled ? 200 : 40); i < count; i++) {
          start = shuffled ? next(60) : start + next(3);
          candidates.push(candidate(`T${run}_${i}`, start, start + 1));
        }
      }
      const expected = [...candidates].sort((a, b) => a.start - b.start).map(label);
      sortByStart(candidates);
      expect(candidates.map(label)).toEqual(expected);
    }
  });
});

describe('pairWinner', () => {
  it('picks as the greedy ranking of the pair does, ties going to the (type, start) order', () => {
    const address = candidate('STREET_ADDRESS', 0, 20, 0.6);
    expect(pairWinner(address, candidate('PERSON', 5, 30, 0.9))).toBe(address);
    const phone = candidate('PHONE', 10, 14, 0.5);
    expect(pairWinner(address, phone)).toBe(address);
    const a = candidate('ZED', 0, 10);
    const b = candidate('ALPHA', 5, 15);
    expect(pairWinner(a, b)).toBe(b);
    const c = candidate('ZED', 5, 15);
    expect(pairWinner(a, c)).toBe(a);
    const longer = candidate('ALPHA', 2, 20);
    expect(pairWinner(a, longer)).toBe(longer);
    for (const [x, y] of [
      [address, phone],
      [a, b],
      [a, c],
      [a, longer],
    ] as const)
      expect(
        resolveOverlaps(mergeSameType([{ ...x }, { ...y }]), 40).map((e) => `${e.type}@${e.start}`),
      ).toEqual([`${pairWinner(x, y).type}@${pairWinner(x, y).start}`]);
  });
});
