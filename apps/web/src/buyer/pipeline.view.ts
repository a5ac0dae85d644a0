import type { PipelineView, Recommendation } from '@app/procurement';
import { formatPounds } from '../catalogue/money';
import { formatDate, TagView } from './need.view';

export interface PipelineRowView {
  title: string;
  supplierName: string;
  endDate: string;
  annualValue: string;
  recommendation: TagView;
  reasons: string[];
}

export interface PipelinePageView {
  councilName: string;
  asOf: string;
  horizonMonths: number;
  items: PipelineRowView[];
}

const RECOMMENDATION_TAGS: Record<Recommendation, TagView> = {
  'joint-retender': { text: 'Joint re-tender', classes: 'govuk-tag--purple' },
  renegotiate: { text: 'Renegotiate', classes: 'govuk-tag--orange' },
  renew: { text: 'Renew', classes: 'govuk-tag--green' },
  retender: { text: 'Re-tender', classes: 'govuk-tag--blue' },
};

export function recommendationTag(recommendation: Recommendation): TagView {
  return RECOMMENDATION_TAGS[recommendation];
}

/** The council's renewal pipeline, soonest ending first, each recommendation with its reasons in words. */
export function toPipelinePageView(pipeline: PipelineView): PipelinePageView {
  const items = [...pipeline.items].sort((a, b) => a.contract.endDate.localeCompare(b.contract.endDate) || a.contract.title.localeCompare(b.contract.title));
  return {
    councilName: pipeline.council.name,
    asOf: formatDate(pipeline.asOf),
    horizonMonths: pipeline.horizonMonths,
    items: items.map((item) => ({
      title: item.contract.title,
      supplierName: item.contract.supplierName,
      endDate: formatDate(item.contract.endDate),
      annualValue: `${formatPounds(item.annualValue)} a year${item.annualValueDerived ? ' (worked out from the total value)' : ''}`,
      recommendation: recommendationTag(item.recommendation),
      reasons: item.reasons.map((reason) => reason.summary),
    })),
  };
}
