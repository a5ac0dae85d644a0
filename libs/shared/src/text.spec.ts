import { summarise } from './text';

describe('summarise', () => {
  it('leaves short text alone and cuts long text at a word within the limit', () => {
    expect(summarise('short', 10)).toBe('short');
    const long = 'word '.repeat(2_000);
    const cut = summarise(long, 5_000);
    expect(cut.length).toBeLessThanOrEqual(5_000);
    expect(cut.endsWith('word…')).toBe(true);
    expect(summarise('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
