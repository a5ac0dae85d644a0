import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { CouncilHierarchy, CouncilHierarchyCache } from '@app/organisations';
import { DataSource } from 'typeorm';
import { NeedFacts } from '../domain/need-partner-score';
import { rankPartners } from '../domain/partner-ranking';
import { cpvTiersOf } from '../infrastructure/cpv-tiers';
import { findNeed, NeedRow } from '../infrastructure/match-facts.queries';
import { replacePartners } from '../infrastructure/need-partner.store';
import { partnerCandidates } from '../infrastructure/partner-candidates.queries';

/**
 * The scale of the candidate set SQL hands to the exact score, per partner kept (partnerCandidates
 * returns up to three times this): slack for the stand-in's coarser CPV and text parts, few enough
 * to score in a millisecond or two.
 */
const CANDIDATES_PER_PARTNER = 3;

/**
 * Keeps `need_partner` in step with needs (DESIGN §4). A need's partners are the best other
 * councils' open, collaborative needs above the floor, top N; every pair is stored both ways and
 * removed both ways, so the suggestion is mutual. Re-running for the same need replaces its rows.
 *
 * Speed: SQL narrows the other needs (sharing a CPV division or the lot, or nearest in text) and
 * ranks them by a cheap stand-in (partnerCandidates); only the best few times N are scored exactly
 * here. No global lock: workers recompute concurrently, and replacePartners explains how they
 * avoid deadlocks and one-sided pairs.
 */
@Injectable()
export class PartnerMatchingService {
  private readonly logger = new Logger(PartnerMatchingService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
  ) {}

  /** Returns how many partners the need has after the run. */
  async recompute(needId: string, version: number): Promise<number> {
    const hierarchy = await this.hierarchy.get();
    const runKey = `need.saved/${needId}/${version}`;
    return this.dataSource.transaction(async (manager) => {
      const need = await findNeed(manager, needId);
      if (!need || !need.collaborative) {
        // Closed, private or gone: it suggests no one and is suggested to no one.
        await replacePartners(manager, needId, [], runKey);
        return 0;
      }
      const { matching } = this.config;
      const region = hierarchy.get(need.councilCode)?.region ?? null;
      const candidates = await partnerCandidates(manager, {
        need,
        tiers: cpvTiersOf(need.cpvCodes),
        sameRegionCouncils: region === null ? [] : hierarchy.all().filter((council) => council.region === region).map((council) => council.gssCode),
        weights: matching.partnerWeights,
        limit: CANDIDATES_PER_PARTNER * matching.partnerTopN,
      });
      const partners = rankPartners(factsOf(need, hierarchy), candidates.map((other) => factsOf(other, hierarchy)), {
        weights: matching.partnerWeights,
        floor: matching.partnerFloor,
        limit: matching.partnerTopN,
      });
      await replacePartners(manager, needId, partners, runKey);
      this.logger.log({ needId, runKey, candidates: candidates.length, partners: partners.length }, 'Partner councils recomputed');
      return partners.length;
    });
  }
}

function factsOf(row: NeedRow, hierarchy: CouncilHierarchy): NeedFacts {
  return {
    id: row.id,
    councilCode: row.councilCode,
    region: hierarchy.get(row.councilCode)?.region ?? null,
    title: row.title,
    description: row.description,
    cpvCodes: row.cpvCodes,
    lotId: row.lotId,
    wantedStartDate: row.wantedStartDate,
    currentEndDate: row.currentEndDate,
  };
}
