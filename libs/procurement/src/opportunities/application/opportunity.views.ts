import type { CouncilNameView } from '../../joint-procurements/application/joint-procurement.views';
import type { OpportunityDraftInput, Route } from '../domain/opportunity-draft';
import type { OpportunityStatus } from '../domain/opportunity-state';
import type { LintWarning } from '../domain/quality-lint';
import type { ResponseStatus } from '../domain/response-state';

export interface CriterionView {
  id: string;
  name: string;
  description: string;
  weight: number;
}

export interface LotRefView {
  id: string;
  slug: string;
  name: string;
  framework: { slug: string; name: string };
}

export interface AwardView {
  awardedAt: string;
  supplier: { id: string; name: string; isSme: boolean; isVcse: boolean };
  /** Pounds. */
  value: string;
}

/** What anyone sees: the requirement, the rules of the competition and, once made, the award. */
export interface OpportunityView {
  id: string;
  jointProcurementId: string;
  title: string;
  route: Route;
  lot: LotRefView | null;
  problemStatement: string;
  userNeeds: string;
  scope: string;
  /** Pounds. */
  budget: string;
  /** An open opportunity past its closing time reads as closed. */
  status: OpportunityStatus;
  leadCouncil: CouncilNameView;
  councils: CouncilNameView[];
  criteria: CriterionView[];
  publishedAt: string;
  closingAt: string;
  closedAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  award: AwardView | null;
}

export interface PublishedOpportunityView extends OpportunityView {
  /** The quality linter's advice; it never blocks publication. */
  warnings: LintWarning[];
}

export interface OpportunityFilter {
  /** Defaults to open. 'any' lists every status. */
  status?: OpportunityStatus | 'any';
  route?: Route;
  lotId?: string;
  /** GSS code of a participating council. */
  council?: string;
  /** Narrows the list to these opportunities (a saved search checking a newly published one). */
  onlyIds?: string[];
  /** Narrows the list to those published in (after, up to] (a saved search's daily digest). */
  publishedBetween?: { after: Date; upTo: Date };
}

/** A single need published as a one-council procurement. */
export interface NewSingleNeedOpportunity extends OpportunityDraftInput {
  needId: string;
}

export interface QuestionView {
  id: string;
  question: string;
  answer: string | null;
  askedAt: string;
  answeredAt: string | null;
  /** True for the asking supplier's own users; nobody else learns who asked. */
  askedByYou: boolean;
}

export interface AnswerInput {
  criterionId: string;
  answer: string;
}

export interface ResponseInput {
  listingId?: string | null;
  /** Pounds: the whole-contract price offered. */
  price: string;
  summary?: string | null;
  answers: AnswerInput[];
  /** true submits (or replaces a submission); false saves a draft. */
  submit: boolean;
}

export interface ScoreView {
  criterionId: string;
  score: number;
  comment: string;
  scoredAt: string;
}

export interface ResponseView {
  id: string;
  opportunityId: string;
  supplier: { id: string; name: string };
  listing: { id: string; name: string } | null;
  status: ResponseStatus;
  price: string;
  summary: string;
  answers: AnswerInput[];
  revision: number;
  submittedAt: string | null;
  updatedAt: string;
  /** Buyers of the procurement only, after close: the agreed scores and their weighted total. */
  evaluation?: { scores: ScoreView[]; weightedScore: number; complete: boolean };
}

export interface ScoreInput {
  criterionId: string;
  score: number;
  comment?: string | null;
}

export interface RankingEntryView {
  rank: number | null;
  responseId: string;
  supplier: { id: string; name: string };
  price: string;
  weightedScore: number;
  complete: boolean;
}

export interface AwardInput {
  responseId: string;
  /** ISO dates (YYYY-MM-DD) of the contracts the award creates. */
  startDate: string;
  endDate: string;
  /** The latest date the contracts' extension options allow; left out when there are none. */
  extensionUntil?: string | null;
}

export interface AwardOutcomeView {
  opportunity: OpportunityView;
  awardId: string;
  contracts: { council: CouncilNameView; value: string }[];
}
