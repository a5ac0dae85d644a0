import { Inject, Injectable } from '@nestjs/common';
import { CouncilHierarchyCache } from '@app/organisations';
import { Actor, DomainError, isAdmin, requireActive } from '@app/shared';
import { DataSource } from 'typeorm';
import { addMonths, isCalendarDate, ukToday } from '../../contracts/domain/calendar';
import { cpvGroupsOf } from '../../contracts/domain/cpv-groups';
import { toContractView } from '../../contracts/infrastructure/contract.mapper';
import { ContractOrmEntity } from '../../contracts/infrastructure/contract.orm-entity';
import { NeedOrmEntity } from '../../needs/infrastructure/need.orm-entity';
import { endingWithin, PeerContract, PeerNeed, PIPELINE_RULES, PipelineContract, recommend } from '../domain/recommend';
import type { PipelineView } from './pipeline.views';

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
