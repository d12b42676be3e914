import { describe, expect, it } from 'vitest';
import { createJudgeStream, profileFor, seededRandom } from './__fixtures__/score-stream.js';
import { cramerRoot, cusumThreshold } from './cusum-threshold.js';
import type { DriftEvent } from './drift.types.js';
import { createDriftDetector, type DriftDetectorOptions } from './drift-detector.js';

interface Phase {
  count: number;
  drop?: number;
}

/** Feeds one segment's seeded judge stream through phases (e.g. stable, dropped, recovered). */
function runSegment(seed: number, phases: Phase[], options: DriftDetectorOptions = {}) {
  const random = seededRandom(seed);
  const stream = createJudgeStream(random, profileFor(seed % 50));
  const detector = createDriftDetector({ segmentations: [['feature']], ...options });
  const events: DriftEvent[] = [];
  const starts: number[] = [];
  let index = 0;
  for (const phase of phases) {
    starts.push(index);
    const degraded = phase.drop ? stream.degradedShareFor(phase.drop) : 0;
    for (let i = 0; i < phase.count; i++, index++) {
      const call = stream.next(degraded);
      events.push(
        ...detector.observe({
          segment: { feature: 'support' },
          metric: 'faithfulness',
          value: call.value,
          weight: call.weight,
          atNs: BigInt(index),
        }),
      );
    }
  }
  return { events, starts, stream, detector };
}

describe('cramerRoot', () => {
  it('solves the two-point walk exactly: θ = ln((1 − p) / p)', () => {
    const p = 0.3;
    const increments = Array.from({ length: 10 }, (_, i) => (i < 3 ? 1 : -1));
    expect(cramerRoot(increments)).toBeCloseTo(Math.log((1 - p) / p), 8);
    expect(cusumThreshold(increments, 1e-4)).toBeCloseTo(Math.log(1e4) / Math.log(7 / 3), 6);
  });

  it('gives no guarantee without downward drift and no threshold when nothing can go up', () => {
    expect(cramerRoot([1, -1])).toBe(0);
    expect(cusumThreshold([1, -1], 1e-4)).toBe(Number.POSITIVE_INFINITY);
    expect(cramerRoot([-1, -0.5])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('createDriftDetector', () => {
  it('stays quiet on a stationary judge-score stream', () => {
    const { events } = runSegment(4, [{ count: 10_000 }]);
    expect(events).toEqual([]);
  });

  it('keeps false alarms across many segments within the budget', () => {
    // 60,000 judgments at 1 false alarm per 10,000 allow 6 in expectation; the bound is conservative
    // (the bench measures ~0.15 per 10,000), and a broken calibration would give dozens.
    const detector = createDriftDetector();
    const random = seededRandom(42);
    const streams = Array.from({ length: 20 }, (_, i) =>
      createJudgeStream(seededRandom(500 + i), profileFor(i)),
    );
    let alerts = 0;
    for (let i = 0; i < 60_000; i++) {
      const feature = Math.floor(random() * streams.length);
      const call = streams[feature]!.next();
      const events = detector.observe({
        segment: { feature: `f${feature}`, model: random() < 0.5 ? 'a' : 'b', agent: 'writer' },
        metric: 'faithfulness',
        value: call.value,
        weight: call.weight,
        atNs: BigInt(i),
      });
      alerts += events.filter((e) => e.type === 'alert').length;
    }
    expect(alerts).toBeLessThanOrEqual(3);
    expect(detector.size).toBe(20 + 2 + 1);
  });

  it('alerts after a planted 20 % drop, dating the change near the truth, once per episode', () => {
    const { events, starts, stream } = runSegment(3, [{ count: 1500 }, { count: 3000, drop: 0.2 }], {
      rebaselineAfter: 10_000,
    });
    const alerts = events.filter((e) => e.type === 'alert');
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    const changeAt = starts[1]!;
    expect(Number(alert.atNs) - changeAt).toBeGreaterThan(0);
    expect(Number(alert.atNs) - changeAt).toBeLessThan(400);
    expect(Math.abs(Number(alert.changeStartedNs) - changeAt)).toBeLessThan(120);
    expect(alert).toMatchObject({
      segmentKey: 'feature=support',
      metric: 'faithfulness',
      direction: 'decrease',
    });
    expect(alert.baseline).toBeCloseTo(stream.populationMean, 1);
    expect(alert.relativeDrop).toBeGreaterThan(0.12);
    expect(alert.evidenceCount).toBe(Number(alert.atNs - alert.changeStartedNs) + 1);
    expect(events.filter((e) => e.type === 'clear')).toHaveLength(0);
  });

  it('clears when the segment recovers, and a later drop opens a second episode', () => {
    const { events, starts } = runSegment(11, [
      { count: 1500 },
      { count: 600, drop: 0.25 },
      { count: 1500 },
      { count: 600, drop: 0.25 },
    ]);
    expect(events.map((e) => `${e.type}#${e.episode}`)).toEqual(['alert#1', 'clear#1', 'alert#2']);
    const [alert, clear, second] = events;
    expect(Number(clear!.atNs)).toBeGreaterThan(starts[2]!);
    expect(Math.abs(Number(clear!.changeStartedNs) - starts[2]!)).toBeLessThan(150);
    expect(clear!.episodeStartedNs).toBe(alert!.changeStartedNs);
    expect(Math.abs(clear!.relativeDrop)).toBeLessThan(0.1);
    expect(Number(second!.atNs)).toBeGreaterThan(starts[3]!);
  });

  it('accepts a lasting change as the new baseline, then watches for drops from there', () => {
    const { events, starts } = runSegment(13, [
      { count: 1500 },
      { count: 2000, drop: 0.2 },
      { count: 1000, drop: 0.45 },
    ]);
    expect(events.map((e) => `${e.type}#${e.episode}${e.reason ? ` ${e.reason}` : ''}`)).toEqual([
      'alert#1',
      'clear#1 rebaselined',
      'alert#2',
    ]);
    const [alert, rebaselined, second] = events;
    expect(Number(rebaselined!.atNs - alert!.atNs)).toBe(1024);
    expect(rebaselined!.relativeDrop).toBeGreaterThan(0.12);
    expect(Number(second!.atNs)).toBeGreaterThan(starts[2]!);
    // The second episode is measured against the lowered level, not the original one.
    expect(second!.baseline).toBeLessThan(alert!.baseline * 0.9);
  });

  it('weights judgments by 1 / sampling probability', () => {
    // Two kinds of calls, half the traffic each: A (scores ~0.9) and B (~0.5), both judged at 20 %.
    // Then B's judging rate goes to 100 % (e.g. forced by feedback): the judged mix shifts towards B
    // and the plain mean falls by ~19 %, but the population did not change.
    const run = (useWeights: boolean) => {
      const random = seededRandom(7);
      const detector = createDriftDetector({ segmentations: [['feature']] });
      const events: DriftEvent[] = [];
      let judged = 0;
      while (judged < 6000) {
        const isB = random() < 0.5;
        const rate = isB && judged >= 2000 ? 1 : 0.2;
        if (random() >= rate) continue;
        const value = Math.min(1, Math.max(0, (isB ? 0.5 : 0.9) + (random() - 0.5) * 0.2));
        events.push(
          ...detector.observe({
            segment: { feature: 'search' },
            metric: 'answer_relevance',
            value,
            ...(useWeights ? { weight: 1 / rate } : {}),
            atNs: BigInt(judged++),
          }),
        );
      }
      return events;
    };
    expect(run(true)).toEqual([]);
    const unweighted = run(false);
    expect(unweighted.length).toBeGreaterThan(0);
    expect(unweighted[0]!.type).toBe('alert');
  });

  it('reports weighted levels: the baseline is the Horvitz–Thompson mean, not the sample mean', () => {
    const { events } = runSegment(20, [{ count: 2000 }, { count: 1000, drop: 0.3 }]);
    const alert = events.find((e) => e.type === 'alert')!;
    const profile = profileFor(20);
    expect(profile.errorRate).toBeGreaterThan(0.01);
    // Errors are judged at p = 1 and score low; unweighted they would pull the baseline well below this.
    const { stream } = runSegment(20, [{ count: 1 }]);
    expect(Math.abs(alert.baseline - stream.populationMean)).toBeLessThan(0.03);
  });

  it('watches cost per call on a log scale and catches a doubling', () => {
    const random = seededRandom(5);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const detector = createDriftDetector({ segmentations: [['feature'], ['feature', 'model']] });
    const events: DriftEvent[] = [];
    for (let i = 0; i < 1600; i++) {
      const cost = 0.002 * (i >= 1000 ? 2 : 1) * Math.exp(0.6 * normal());
      events.push(
        ...detector.observe({
          segment: { feature: 'checkout', model: 'gpt-4o' },
          metric: 'cost_per_call',
          value: cost,
          atNs: BigInt(i),
        }),
      );
    }
    const keys = events.map((e) => `${e.type} ${e.segmentKey}`);
    expect(keys).toEqual(['alert feature=checkout', 'alert feature=checkout,model=gpt-4o']);
    expect(events[0]!.direction).toBe('increase');
    expect(events[0]!.relativeDrop).toBeLessThan(-0.6);
    expect(Number(events[0]!.atNs)).toBeLessThan(1100);
  });

  it('is deterministic and resumes exactly from saved state', () => {
    const phases = [{ count: 1200 }, { count: 800, drop: 0.2 }];
    const whole = runSegment(9, phases).events;
    expect(runSegment(9, phases).events).toEqual(whole);

    // Same stream, with the detector saved and restored into a fresh one after every 300 judgments.
    const random = seededRandom(9);
    const stream = createJudgeStream(random, profileFor(9));
    const degraded = stream.degradedShareFor(0.2);
    let detector = createDriftDetector({ segmentations: [['feature']] });
    const resumed: DriftEvent[] = [];
    for (let i = 0; i < 2000; i++) {
      const call = stream.next(i >= 1200 ? degraded : 0);
      resumed.push(
        ...detector.observe({
          segment: { feature: 'support' },
          metric: 'faithfulness',
          value: call.value,
          weight: call.weight,
          atNs: BigInt(i),
        }),
      );
      if (i % 300 === 299) {
        const saved = detector.takeChanged();
        detector = createDriftDetector({ segmentations: [['feature']] });
        for (const { key, state } of saved) detector.restore(key, state);
      }
    }
    expect(resumed).toEqual(whole);
    expect(whole.length).toBe(1);
  });

  it('ignores observations outside a segmentation and invalid values', () => {
    const detector = createDriftDetector({ segmentations: [['feature', 'model']], partitionBy: ['judge'] });
    const observe = (segment: Record<string, string | undefined>, value: number) =>
      detector.observe({ segment, metric: 'faithfulness', value, atNs: 0n });
    observe({ feature: 'a' }, 0.5);
    observe({ feature: 'a', model: 'm', judge: 'offline' }, Number.NaN);
    expect(detector.size).toBe(0);
    observe({ feature: 'a,b', model: 'm=1', judge: 'offline' }, 0.5);
    expect(detector.takeChanged().map((c) => c.key)).toEqual([
      'faithfulness|feature=a%2cb,judge=offline,model=m%3d1',
    ]);
  });
});
