import type { ContractView, CouncilRefView } from '../../contracts/application/contract.views';
import type { Recommendation, RecommendationReason } from '../domain/recommend';

export interface PipelineItemView {
  contract: ContractView;
  recommendation: Recommendation;
  applicable: Recommendation[];
  reasons: RecommendationReason[];
  /** Pounds a year, as compared with peers. */
  annualValue: string;
  annualValueDerived: boolean;
  cpvGroups: string[];
}

export interface PipelineView {
  council: CouncilRefView;
  /** The day the horizon starts from (UK date). */
  asOf: string;
  horizonMonths: number;
  rules: { partnerWindowMonths: number; minPeersForMedian: number; peerPriceLookbackMonths: number; similarCpv: string };
  items: PipelineItemView[];
}
