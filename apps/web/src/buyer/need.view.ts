import type { PartnerView } from '@app/matching';
import type { NeedClosure, NeedFullView, NeedStatus } from '@app/procurement';
import { formatPounds } from '../catalogue/money';
import { PREFERENCE_FIELDS } from './need.form';
import { formatDate } from '../http/dates';

export interface SummaryRow {
  key: { text: string };
  value: { text: string };
}

export interface TagView {
  text: string;
  classes: string;
}

export interface NeedRowView {
  id: string;
  href: string;
  title: string;
  cpvCodes: string;
  wantedStart: string;
  openToCollaboration: string;
  status: TagView;
}

export interface PartnerRowView {
  councilName: string;
  title: string;
  reasons: string[];
  partnerNeedId: string;
}

export interface NeedPageView {
  id: string;
  title: string;
  status: TagView;
  details: SummaryRow[];
  editHref: string;
  openToCollaboration: boolean;
  partners: PartnerRowView[];
}


/** Where a need stands, as a GOV.UK tag. */
export function statusTag(status: NeedStatus, closure: NeedClosure | null): TagView {
  if (status === 'open') return { text: 'Open', classes: 'govuk-tag--blue' };
  if (closure === 'joint-procurement') return { text: 'In a joint procurement', classes: 'govuk-tag--purple' };
  return { text: 'Closed', classes: 'govuk-tag--grey' };
}

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}

export function toNeedRow(need: NeedFullView): NeedRowView {
  return {
    id: need.id,
    href: `/buyer/needs/${need.id}`,
    title: need.title,
    cpvCodes: need.cpvCodes.join(', '),
    wantedStart: formatDate(need.wantedStartDate),
    openToCollaboration: need.openToCollaboration ? 'Yes' : 'No',
    status: statusTag(need.status, need.closure),
  };
}

export function toNeedPageView(need: NeedFullView, partners: readonly PartnerView[]): NeedPageView {
  const contract = need.currentContract;
  const preferences = PREFERENCE_FIELDS.filter(({ key }) => need.preferences[key]).map(({ text }) => text);
  return {
    id: need.id,
    title: need.title,
    status: statusTag(need.status, need.closure),
    editHref: `/buyer/needs/${need.id}/edit`,
    openToCollaboration: need.openToCollaboration,
    details: [
      row('Council', need.council.name),
      row('Description', need.description || 'Not given'),
      row('CPV codes', need.cpvCodes.join(', ')),
      row('Estimated value', need.estimatedValue ? formatPounds(need.estimatedValue) : 'Not given'),
      row('Wanted start date', formatDate(need.wantedStartDate)),
      row('Current supplier', contract?.supplierName ?? 'No current contract'),
      ...(contract
        ? [
            row('Current contract ends', formatDate(contract.endDate)),
            row('Extension available until', contract.extensionUntil ? formatDate(contract.extensionUntil) : 'No extension'),
            row('Annual value', contract.annualValue ? formatPounds(contract.annualValue) : 'Not given'),
          ]
        : []),
      row('Open to collaboration', need.openToCollaboration ? 'Yes' : 'No'),
      row('Preferences', preferences.length > 0 ? preferences.join('; ') : 'None'),
    ],
    partners: partners.map((partner) => ({
      councilName: partner.councilName,
      title: partner.title,
      reasons: partner.reasons.map((reason) => reason.text),
      partnerNeedId: partner.partnerNeedId,
    })),
  };
}

export { formatDate };
