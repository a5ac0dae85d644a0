import { penceToPounds, poundsToPence } from './money';

describe('money', () => {
  it('round-trips pounds through pence exactly', () => {
    for (const amount of ['0.00', '0.01', '44000000.00', '38000000.99', '123.40']) {
      expect(penceToPounds(poundsToPence(amount))).toBe(amount);
    }
    expect(poundsToPence('12.5')).toBe(1250n);
  });

  it('refuses anything that is not a plain amount', () => {
    for (const bad of ['-1', '1.234', '1e6', ' 1', '01', '']) expect(() => poundsToPence(bad)).toThrow(RangeError);
  });
});
