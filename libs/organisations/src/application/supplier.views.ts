import type { OfficeInput, SupplierInput } from '../domain/supplier-profile';

export type { OfficeInput, SupplierInput };

/** A change to a profile: only the fields given change; `offices`, when given, replaces the whole list. */
export type SupplierPatch = Partial<SupplierInput>;

export interface SupplierFilter {
  sme?: boolean;
  vcse?: boolean;
  /** GSS code of a council the supplier must be local to. */
  localTo?: string;
}

export interface SupplierOfficeView {
  councilCode: string;
  councilName: string;
}

export interface SupplierPrivateOfficeView extends SupplierOfficeView {
  postcode: string | null;
}

/** What anyone may see of an active supplier. */
export interface SupplierPublicView {
  id: string;
  name: string;
  companyNumber: string;
  isSme: boolean;
  isVcse: boolean;
  offices: SupplierOfficeView[];
  /** GSS codes of every council this supplier counts as local to, sorted. */
  localTo: string[];
}

/** What the supplier's own users and administrators see. Money in pounds, as strings. */
export interface SupplierPrivateView extends SupplierPublicView {
  offices: SupplierPrivateOfficeView[];
  vatNumber: string | null;
  phone: string | null;
  staffCount: number;
  turnover: string;
  balanceSheetTotal: string;
  status: 'active' | 'suspended';
  createdAt: string;
  updatedAt: string;
}

export type SupplierView = SupplierPublicView | SupplierPrivateView;

export function isPrivateView(view: SupplierView): view is SupplierPrivateView {
  return 'status' in view;
}
