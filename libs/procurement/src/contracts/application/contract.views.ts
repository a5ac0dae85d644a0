import type { AwardRoute, ContractSource } from '../domain/contract-terms';

export interface CouncilRefView {
  code: string;
  name: string;
}

/** A register entry; the register is public, so there is one view for everyone. Money in pounds. */
export interface ContractView {
  id: string;
  council: CouncilRefView;
  source: ContractSource;
  awardId: string | null;
  title: string;
  description: string;
  supplierName: string;
  supplierId: string | null;
  supplierCompanyNumber: string | null;
  supplierIsSme: boolean;
  supplierIsVcse: boolean;
  cpvCodes: string[];
  value: string;
  annualValue: string | null;
  startDate: string;
  endDate: string;
  extensionUntil: string | null;
  awardedVia: AwardRoute;
  createdAt: string;
  updatedAt: string;
}

export interface ContractFilter {
  /** GSS code of the council that holds the contract. */
  council?: string;
  /** Registered supplier id. */
  supplier?: string;
  /** 2 to 8 digits a CPV code of the contract starts with. */
  cpv?: string;
  /** Ends on or before this date. */
  endBefore?: string;
  /** Ends on or after this date. */
  endAfter?: string;
}

/** One participating council's part of an award: its share of the value. */
export interface AwardShare {
  councilCode: string;
  valuePence: bigint;
  annualValuePence?: bigint | null;
}

/**
 * What an award tells the register. The supplier must be registered: its name, company number and
 * SME/VCSE status are copied as they are at award.
 */
export interface AwardedContractInput {
  /** With the council it identifies the row, so recording the same award again changes nothing. */
  awardId: string;
  /** Who made the award, for the audit log. */
  awardedByUserId: string;
  title: string;
  description?: string | null;
  supplierId: string;
  cpvCodes: string[];
  startDate: string;
  endDate: string;
  extensionUntil?: string | null;
  /** Defaults to 'competition': an opportunity run here is a competition among the lot's suppliers. */
  awardedVia?: AwardRoute;
  shares: AwardShare[];
}
