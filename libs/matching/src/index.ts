import { NeedPartnerOrmEntity } from './infrastructure/need-partner.orm-entity';
import { OpportunityMatchOrmEntity } from './infrastructure/opportunity-match.orm-entity';

export { MatchingModule } from './matching.module';

/** Every table matching maps; add new entities here, one a line. */
export const MATCHING_ENTITIES = [NeedPartnerOrmEntity, OpportunityMatchOrmEntity];

// Services.
export { NeedPartnersService } from './application/need-partners.service';
export { OpportunityMatchesService } from './application/opportunity-matches.service';
export { PartnerMatchingService } from './application/partner-matching.service';
export { SUPPLIER_MATCHES_LIMIT, SupplierMatchesService } from './application/supplier-matches.service';
export { SupplierMatchingService } from './application/supplier-matching.service';
export type { MatchedListingView, OpportunityMatchView, PartnerView, SupplierMatchView } from './application/matching.views';

// Pure scores (DESIGN §4).
export { cpvCodeSimilarity, cpvSetSimilarity, significantCpv } from './domain/cpv-similarity';
export type { MatchReason, Scored } from './domain/match-reason';
export { needPartnerScore } from './domain/need-partner-score';
export type { NeedFacts, PartnerScore, PartnerWeights } from './domain/need-partner-score';
export { rankPartners } from './domain/partner-ranking';
export type { PartnerCandidate } from './domain/partner-ranking';
export { isEligible, rankListings, scoreListing, tieBreakKey } from './domain/supplier-match';
export type { BuyerPreferences, ListingFacts, MatchFlags, OpportunityFacts, RelevanceWeights, SupplierMatch, SupplierMatchSettings } from './domain/supplier-match';
export { textSimilarity, wordsOf } from './domain/text-similarity';
export { TIMING_FULL_MONTHS, TIMING_HORIZON_MONTHS, timingCloseness, timingSimilarity } from './domain/timing';
export type { NeedTiming } from './domain/timing';
