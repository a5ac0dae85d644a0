/**
 * Small and medium-sized enterprise, as the Procurement Act 2023 (s.123) defines it: fewer than 250
 * staff, and a turnover of at most £44m or a balance-sheet total of at most £38m. Derived on every
 * write from the supplier's own figures, never typed in, so it cannot drift from them.
 */
export const SME_STAFF_LIMIT = 250;
export const SME_TURNOVER_LIMIT_PENCE = 4_400_000_000n;
export const SME_BALANCE_SHEET_LIMIT_PENCE = 3_800_000_000n;

export interface SizeFigures {
  staffCount: number;
  turnoverPence: bigint;
  balanceSheetPence: bigint;
}

export function isSme(figures: SizeFigures): boolean {
  const fewStaff = figures.staffCount < SME_STAFF_LIMIT;
  const smallFinances =
    figures.turnoverPence <= SME_TURNOVER_LIMIT_PENCE || figures.balanceSheetPence <= SME_BALANCE_SHEET_LIMIT_PENCE;
  return fewStaff && smallFinances;
}
