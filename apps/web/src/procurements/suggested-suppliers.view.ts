import type { MatchFlags, OpportunityMatchView } from '@app/matching';
import { matchPercent, reasonTexts } from '../supplier/matches.view';

/** A supplier listing suggested for the buyer's opportunity, as the "Suggested suppliers" table shows it. */
export interface SuggestedSupplierRow {
  supplier: string;
  listing: { name: string; href: string };
  match: string;
  tags: { text: string; classes: string }[];
  reasons: string[];
}

/** The GOV.UK tags for the flags a buyer may prefer, in a fixed order. */
export function flagTags(flags: MatchFlags): { text: string; classes: string }[] {
  const tags: { text: string; classes: string }[] = [];
  if (flags.sme) tags.push({ text: 'SME', classes: 'govuk-tag--blue' });
  if (flags.vcse) tags.push({ text: 'VCSE', classes: 'govuk-tag--purple' });
  if (flags.local) tags.push({ text: 'Local', classes: 'govuk-tag--green' });
  return tags;
}

/** Rows in the service's order (best first, equal scores in its neutral order). */
export function toSuggestedSupplierRows(matches: readonly OpportunityMatchView[]): SuggestedSupplierRow[] {
  return matches.map((match) => ({
    supplier: match.supplierName,
    listing: { name: match.listingName, href: `/catalogue/${match.listingId}` },
    match: matchPercent(match.score),
    tags: flagTags(match.flags),
    reasons: reasonTexts(match.reasons),
  }));
}
