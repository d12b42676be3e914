import { describe, expect, it } from 'vitest';
import { type Column, fitColumns, scrollWindow } from './table.js';

const col = (key: string, width: number, priority: number, flex = false): Column<string> => ({
  key,
  title: key,
  width,
  priority,
  flex,
  value: () => key,
});

describe('table fitting', () => {
  it('drops the lowest priority columns first and gives spare width to the flexible one', () => {
    const columns = [col('name', 10, 0, true), col('a', 10, 1), col('b', 10, 3), col('c', 10, 2)];
    expect(fitColumns(columns, 33).map((c) => [c.key, c.fittedWidth])).toEqual([
      ['name', 11],
      ['a', 10],
      ['c', 10],
    ]);
    expect(fitColumns(columns, 200).find((c) => c.key === 'name')!.fittedWidth).toBe(167);
  });

  it('keeps the cursor inside the visible window', () => {
    expect(scrollWindow(100, 0, 10)).toEqual({ start: 0, end: 10 });
    expect(scrollWindow(100, 15, 10)).toEqual({ start: 6, end: 16 });
    expect(scrollWindow(100, 99, 10)).toEqual({ start: 90, end: 100 });
    expect(scrollWindow(3, 2, 10)).toEqual({ start: 0, end: 3 });
  });
});
