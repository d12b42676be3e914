import { describe, expect, it } from 'vitest';
import { formatFilterText, parseFilterText } from './filter-text.js';

describe('filter text', () => {
  it('parses fields, quoted values, errors and free words', () => {
    expect(parseFilterText('agent=writer user=u-1 feature="customer support" errors billing')).toEqual({
      ok: true,
      filter: {
        agent: 'writer',
        userId: 'u-1',
        feature: 'customer support',
        errorsOnly: true,
        search: 'billing',
      },
    });
    expect(parseFilterText('session=s-9 model=gpt-4o')).toEqual({
      ok: true,
      filter: { sessionId: 's-9', model: 'gpt-4o' },
    });
    expect(parseFilterText('')).toEqual({ ok: true, filter: {} });
  });

  it('rejects unknown fields and empty values', () => {
    expect(parseFilterText('colour=red')).toMatchObject({ ok: false });
    expect(parseFilterText('agent=')).toMatchObject({ ok: false });
  });

  it('round-trips through formatFilterText', () => {
    const filter = { agent: 'writer', feature: 'customer support', errorsOnly: true };
    expect(formatFilterText(filter)).toBe('agent=writer feature="customer support" errors');
    expect(parseFilterText(formatFilterText(filter))).toEqual({ ok: true, filter });
  });
});
