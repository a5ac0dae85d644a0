import { poundsToPence } from '@app/shared';
import { isSme } from './sme';

const figures = (staffCount: number, turnover: string, balanceSheet: string) => ({
  staffCount,
  turnoverPence: poundsToPence(turnover),
  balanceSheetPence: poundsToPence(balanceSheet),
});

describe('isSme (Procurement Act 2023)', () => {
  it('needs fewer than 250 staff', () => {
    expect(isSme(figures(249, '1000000.00', '1000000.00'))).toBe(true);
    expect(isSme(figures(250, '1000000.00', '1000000.00'))).toBe(false);
    expect(isSme(figures(0, '0.00', '0.00'))).toBe(true);
  });

  it('accepts a turnover of exactly £44m but not a penny more, when the balance sheet is too big', () => {
    expect(isSme(figures(10, '44000000.00', '90000000.00'))).toBe(true);
    expect(isSme(figures(10, '44000000.01', '90000000.00'))).toBe(false);
  });

  it('accepts a balance sheet of exactly £38m but not a penny more, when the turnover is too big', () => {
    expect(isSme(figures(10, '90000000.00', '38000000.00'))).toBe(true);
    expect(isSme(figures(10, '90000000.00', '38000000.01'))).toBe(false);
  });

  it('needs only one of the two financial tests', () => {
    expect(isSme(figures(10, '44000000.01', '38000000.00'))).toBe(true);
    expect(isSme(figures(10, '44000000.00', '38000000.01'))).toBe(true);
    expect(isSme(figures(10, '44000000.01', '38000000.01'))).toBe(false);
  });

  it('needs both the staff test and a financial test', () => {
    expect(isSme(figures(250, '44000000.00', '38000000.00'))).toBe(false);
  });
});
