import type { CouncilRefView } from '../../contracts/application/contract.views';
import type { NeedPreferences } from '../domain/need-content';
import type { NeedClosure, NeedStatus } from '../domain/need-state';

export interface CurrentContractView {
  supplierName: string;
  supplierId: string | null;
  endDate: string;
  extensionUntil: string | null;
  annualValue: string | null;
}

/** Everything about a need: for its own council's buyers and administrators. Money in pounds. */
export interface NeedFullView {
  access: 'full';
  id: string;
  council: CouncilRefView;
  status: NeedStatus;
  closure: NeedClosure | null;
  title: string;
  description: string;
  cpvCodes: string[];
  lotId: string | null;
  estimatedValue: string | null;
  wantedStartDate: string | null;
  currentContract: CurrentContractView | null;
  openToCollaboration: boolean;
  preferences: NeedPreferences;
  createdAt: string;
  updatedAt: string;
}

/**
 * What another council's buyers see of a need its council opened to collaboration: enough to
 * judge a partnership (what, when), nothing commercial (values, current supplier, description).
 */
export interface NeedSummaryView {
  access: 'summary';
  id: string;
  council: CouncilRefView;
  status: NeedStatus;
  title: string;
  cpvCodes: string[];
  lotId: string | null;
  wantedStartDate: string | null;
  currentContractEndDate: string | null;
  openToCollaboration: boolean;
}

export type NeedView = NeedFullView | NeedSummaryView;

export function isFullNeedView(view: NeedView): view is NeedFullView {
  return view.access === 'full';
}

export interface NeedFilter {
  /** GSS code of the council that holds the need. */
  council?: string;
  /** 2 to 8 digits a CPV code of the need starts with. */
  cpv?: string;
  status?: NeedStatus;
}

/** What a joint procurement needs to know about a need it takes in. */
export interface NeedForProcurement {
  id: string;
  councilCode: string;
  title: string;
  cpvCodes: string[];
  lotId: string | null;
  estimatedValuePence: bigint | null;
  wantedStartDate: string | null;
}

export interface NeedProcurementMove {
  needId: string;
  /** The council the need must belong to: a lead cannot move another council's need. */
  councilCode: string;
  actorUserId: string;
  jointProcurementId: string;
}
