import { Inject, Injectable } from '@nestjs/common';
import { NewNotification, NotificationService } from '@app/notifications';
import { CouncilHierarchyCache } from '@app/organisations';
import { Actor, DomainError, isAdmin, requireActive } from '@app/shared';
import { DataSource } from 'typeorm';
import { addMonths, isCalendarDate, ukToday } from '../../contracts/domain/calendar';
import { cpvGroupsOf } from '../../contracts/domain/cpv-groups';
import { toContractView } from '../../contracts/infrastructure/contract.mapper';
import { ContractOrmEntity } from '../../contracts/infrastructure/contract.orm-entity';
import { NeedOrmEntity } from '../../needs/infrastructure/need.orm-entity';
import { MarketReader } from '../../opportunities/application/market-reader';
import { endingWithin, PeerContract, PeerNeed, PIPELINE_RULES, PipelineContract, recommend } from '../domain/recommend';
import type { PipelineItemView, PipelineView } from './pipeline.views';

type Council = { gssCode: string; name: string };

export interface PipelineRefreshResult {
  /** Councils with a contract ending within the horizon, whose pipelines were worked out. */
  councils: number;
  /** Contracts recommended for a joint re-tender. */
  jointRetenders: number;
  /** Notifications newly written; a repeated run over an unchanged register writes none. */
  notified: number;
}

export const PIPELINE_HORIZON = { default: 18, min: 1, max: 60 } as const;

/**
 * The renewal pipeline of one council: its contracts ending within the horizon, each with a
 * recommendation worked out by the pure rules in domain/recommend.ts. Only that council's buyers
 * and administrators may see it; anyone else gets 404, as if the council had no pipeline.
 * Three queries whatever the number of contracts: the council's, its peers' and the needs.
 */
@Injectable()
export class PipelineService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(MarketReader) private readonly market: MarketReader,
    @Inject(NotificationService) private readonly notifications: NotificationService,
  ) {}

  async forCouncil(actor: Actor | undefined, councilCode: string, horizonMonths: number = PIPELINE_HORIZON.default, asOf: string = ukToday()): Promise<PipelineView> {
    const reader = requireActive(actor);
    const hierarchy = await this.hierarchy.get();
    const council = hierarchy.get(councilCode);
    const allowed = isAdmin(reader) || (reader.role === 'buyer' && reader.councilCode === councilCode);
    if (!council || !allowed) throw DomainError.notFound('Pipeline');
    if (!Number.isInteger(horizonMonths) || horizonMonths < PIPELINE_HORIZON.min || horizonMonths > PIPELINE_HORIZON.max) {
      throw DomainError.field('horizonMonths', `horizonMonths must be a whole number from ${PIPELINE_HORIZON.min} to ${PIPELINE_HORIZON.max}`);
    }
    if (!isCalendarDate(asOf)) throw DomainError.field('asOf', 'asOf must be a date such as 2026-04-01');
    return this.build(council, horizonMonths, asOf);
  }

  /**
   * The daily refresh (run by the worker, so no actor: nothing leaves the server but notifications to
   * each council's own buyers). Works out the pipeline of every council with a contract ending within
   * the horizon and, for each contract recommended for a joint re-tender, tells that council's active
   * buyers who they could buy with. The dedupe key names the contract, its end date and the set of
   * partner councils: a second run tells nobody the same thing again, but a new partner, a partner
   * gone or a moved end date is a new fact and is told.
   */
  async refreshJointRetenderNotices(asOf: string = ukToday(), horizonMonths: number = PIPELINE_HORIZON.default): Promise<PipelineRefreshResult> {
    const rows: { council_code: string }[] = await this.dataSource
      .getRepository(ContractOrmEntity)
      .createQueryBuilder('contract')
      .select('DISTINCT contract.councilCode', 'council_code')
      .where('contract.endDate BETWEEN :from AND :until', { from: asOf, until: addMonths(asOf, horizonMonths) })
      .orderBy('council_code')
      .getRawMany();
    const hierarchy = await this.hierarchy.get();
    const result: PipelineRefreshResult = { councils: 0, jointRetenders: 0, notified: 0 };
    // One council at a time: each pipeline is three queries, and memory stays bounded by one council's evidence.
    for (const { council_code: code } of rows) {
      const council = hierarchy.get(code);
      if (!council) continue; // a council since removed from the register of authorities
      result.councils += 1;
      const joint = (await this.build(council, horizonMonths, asOf)).items.filter((item) => item.recommendation === 'joint-retender');
      if (joint.length === 0) continue;
      result.jointRetenders += joint.length;
      const buyers = await this.market.activeBuyers([code]);
      const notices = joint.flatMap((item) => buyers.map(({ userId }) => jointRetenderNotice(item, council.name, userId)));
      result.notified += await this.notifications.notify(notices);
    }
    return result;
  }

  /** One council's pipeline; callers have checked who may see it. */
  private async build(council: Council, horizonMonths: number, asOf: string): Promise<PipelineView> {
    const councilCode = council.gssCode;
    const hierarchy = await this.hierarchy.get(); // cached: the refresh calls this once per council
    const own = await this.dataSource
      .getRepository(ContractOrmEntity)
      .createQueryBuilder('contract')
      .where('contract.councilCode = :council', { council: councilCode })
      .andWhere('contract.endDate BETWEEN :from AND :until', { from: asOf, until: addMonths(asOf, horizonMonths) })
      .getMany();
    const ending = endingWithin(own, asOf, horizonMonths);
    const view: PipelineView = {
      council: { code: council.gssCode, name: council.name },
      asOf,
      horizonMonths,
      rules: { ...PIPELINE_RULES, similarCpv: 'same CPV group (first 3 digits)' },
      items: [],
    };
    if (ending.length === 0) return view;

    const groups = cpvGroupsOf(ending.flatMap((contract) => contract.cpvCodes));
    // Partners end within the window of a contract ending after asOf, so the price lookback covers them too.
    const since = addMonths(asOf, -Math.max(PIPELINE_RULES.peerPriceLookbackMonths, PIPELINE_RULES.partnerWindowMonths));
    const [peerRows, needRows] = await Promise.all([
      this.dataSource
        .getRepository(ContractOrmEntity)
        .createQueryBuilder('contract')
        .where('contract.councilCode <> :council', { council: councilCode })
        .andWhere('contract.cpvPrefixes && ARRAY[:...groups]::text[]', { groups })
        .andWhere('contract.endDate >= :since', { since })
        .getMany(),
      this.dataSource
        .getRepository(NeedOrmEntity)
        .createQueryBuilder('need')
        .where('need.councilCode <> :council', { council: councilCode })
        .andWhere(`need.openToCollaboration AND need.status = 'open'`)
        .andWhere('need.cpvPrefixes && ARRAY[:...groups]::text[]', { groups })
        .getMany(),
    ]);
    const nameOf = (code: string) => hierarchy.get(code)?.name ?? code;
    const peers: PeerContract[] = peerRows.map((row) => ({ ...pipelineContract(row), councilName: nameOf(row.councilCode) }));
    const needs: PeerNeed[] = needRows.map((row) => ({
      id: row.id,
      councilCode: row.councilCode,
      councilName: nameOf(row.councilCode),
      title: row.title,
      cpvCodes: row.cpvCodes,
      wantedStartDate: row.wantedStartDate,
      currentEndDate: row.currentEndDate,
    }));

    view.items = ending.map((row) => {
      const result = recommend(pipelineContract(row), { contracts: peers, needs }, asOf);
      return {
        contract: toContractView(row, council.name),
        recommendation: result.recommendation,
        applicable: result.applicable,
        reasons: result.reasons,
        annualValue: result.annualValue,
        annualValueDerived: result.annualValueDerived,
        cpvGroups: result.cpvGroups,
      };
    });
    return view;
  }
}

function jointRetenderNotice(item: PipelineItemView, councilName: string, userId: string): NewNotification {
  const partners = item.reasons.flatMap((reason) => (reason.code === 'partners-found' ? reason.partners : []));
  const partnerCodes = partners.map((partner) => partner.councilCode).sort();
  const names = [councilName, ...partners.map((partner) => partner.councilName)];
  const { contract } = item;
  return {
    userId,
    kind: 'pipeline.joint-retender',
    title: `${names.length} councils could re-tender ${contract.title} together`,
    body: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} have similar contracts or collaborative needs due within ${PIPELINE_RULES.partnerWindowMonths} months of each other. Your contract "${contract.title}" ends on ${contract.endDate}: you could go to market together.`,
    // The pipeline is on the API only for now; the web has no page to link to.
    link: null,
    dedupeKey: `pipeline-joint-retender/${contract.id}/${contract.endDate}/${partnerCodes.join('+')}/${userId}`,
  };
}

function pipelineContract(row: ContractOrmEntity): PipelineContract {
  return {
    id: row.id,
    councilCode: row.councilCode,
    title: row.title,
    cpvCodes: row.cpvCodes,
    valuePence: BigInt(row.valuePence),
    annualValuePence: row.annualValuePence === null ? null : BigInt(row.annualValuePence),
    startDate: row.startDate,
    endDate: row.endDate,
    extensionUntil: row.extensionUntil,
  };
}
