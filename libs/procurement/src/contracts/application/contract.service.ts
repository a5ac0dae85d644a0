import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { CpvService } from '@app/classification';
import { CouncilHierarchyCache, isCompanyNumber, normaliseCompanyNumber } from '@app/organisations';
import { Actor, DomainError, FieldError, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { isCalendarDate } from '../domain/calendar';
import { ContractInput, ContractTerms, validateContractTerms } from '../domain/contract-terms';
import { isCpvFilter } from '../domain/cpv-groups';
import { isUuid } from '../domain/field-rules';
import { contractColumns, contractSnapshot, toContractView } from '../infrastructure/contract.mapper';
import { ContractOrmEntity } from '../infrastructure/contract.orm-entity';
import { findSupplierFacts, SupplierFacts } from '../infrastructure/register-lookups';
import type { AwardedContractInput, ContractFilter, ContractView } from './contract.views';
import { DirectAwardWatch } from './direct-award-watch';
import { requireCouncil, requirePage } from './request-checks';
import { SupplierIntegrityCheck } from './supplier-integrity-check';

/**
 * The contracts register. Anyone may read it (councils publish their contracts under the
 * Transparency Code); a buyer records its own council's existing contracts, and awards add rows
 * through `recordAwarded` inside the award's transaction. Every write is audited with it, and
 * the integrity checks that a new contract can trigger run in the same transaction.
 */
@Injectable()
export class ContractService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(CpvService) private readonly cpv: CpvService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(DirectAwardWatch) private readonly directAwards: DirectAwardWatch,
    @Inject(SupplierIntegrityCheck) private readonly supplierIntegrity: SupplierIntegrityCheck,
  ) {}

  /** A buyer records an existing arrangement of its own council. */
  async record(actor: Actor | undefined, input: ContractInput): Promise<ContractView> {
    const buyer = requireRole(actor, 'buyer');
    const councilCode = requireCouncil(buyer);
    const terms = validateContractTerms(input, parseCompanyNumber);
    await this.requireKnownCpvCodes(terms.cpvCodes, 'cpvCodes');

    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const facts = terms.supplierId ? await findSupplierFacts(manager, terms.supplierId) : null;
      if (terms.supplierId && !facts) throw DomainError.field('supplierId', 'supplierId is not a registered supplier');
      if (facts && terms.companyNumber && terms.companyNumber !== facts.companyNumber) {
        throw DomainError.field('companyNumber', `companyNumber does not match the registered supplier's (${facts.companyNumber})`);
      }
      const columns = contractColumns(withSupplierFacts(terms, facts));
      const row = { id, councilCode, source: 'recorded' as const, awardId: null, externalRef: null, recordedBy: buyer.userId, ...columns };
      await manager.insert(ContractOrmEntity, row);
      await this.audit.record(manager, {
        actorUserId: buyer.userId,
        action: 'contract.recorded',
        objectType: 'contract',
        objectId: id,
        before: null,
        after: contractSnapshot(row),
      });
      await this.afterInsert(manager, id);
    });
    return this.get(id);
  }

  /**
   * The award path: one row per participating council holding its share, in the caller's
   * transaction. Calling it again for the same award returns the rows already recorded.
   */
  async recordAwarded(manager: EntityManager, input: AwardedContractInput): Promise<ContractView[]> {
    if (!isUuid(input.awardId)) throw DomainError.field('awardId', 'awardId must be a UUID');
    const existing = await manager.find(ContractOrmEntity, { where: { awardId: input.awardId }, order: { councilCode: 'ASC' } });
    if (existing.length > 0) return this.views(existing);

    const hierarchy = await this.hierarchy.get();
    const facts = isUuid(input.supplierId) ? await findSupplierFacts(manager, input.supplierId) : null;
    if (!facts) throw DomainError.field('supplierId', 'supplierId is not a registered supplier');
    const shares = checkShares(input.shares, (code) => hierarchy.has(code));
    const terms = validateContractTerms(
      {
        title: input.title,
        description: input.description,
        supplierName: facts.name,
        supplierId: facts.id,
        cpvCodes: input.cpvCodes,
        // Each share's value is checked below; the terms only need a well-formed placeholder.
        value: '0',
        startDate: input.startDate,
        endDate: input.endDate,
        extensionUntil: input.extensionUntil,
        awardedVia: input.awardedVia ?? 'competition',
      },
      parseCompanyNumber,
    );
    await this.requireKnownCpvCodes(terms.cpvCodes, 'cpvCodes', manager);

    const ids: string[] = [];
    for (const share of shares) {
      const id = randomUUID();
      const columns = contractColumns({
        ...withSupplierFacts(terms, facts),
        valuePence: share.valuePence,
        annualValuePence: share.annualValuePence ?? null,
      });
      const row = { id, councilCode: share.councilCode, source: 'awarded' as const, awardId: input.awardId, externalRef: null, recordedBy: input.awardedByUserId, ...columns };
      await manager.insert(ContractOrmEntity, row);
      await this.audit.record(manager, {
        actorUserId: input.awardedByUserId,
        action: 'contract.awarded',
        objectType: 'contract',
        objectId: id,
        before: null,
        after: contractSnapshot(row),
      });
      ids.push(id);
    }
    for (const id of ids) await this.afterInsert(manager, id);
    return this.views(await manager.find(ContractOrmEntity, { where: { id: In(ids) }, order: { councilCode: 'ASC' } }));
  }

  async get(id: string): Promise<ContractView> {
    if (!isUuid(id)) throw DomainError.field('id', 'id must be a contract id (a UUID)');
    const row = await this.dataSource.getRepository(ContractOrmEntity).findOneBy({ id });
    if (!row) throw DomainError.notFound('Contract');
    return (await this.views([row]))[0];
  }

  /** The public register, soonest ending first, in two queries whatever the page size. */
  async list(filter: ContractFilter, page: PageRequest): Promise<Page<ContractView>> {
    requirePage(page);
    const hierarchy = await this.hierarchy.get();
    const errors: FieldError[] = [];
    if (filter.council !== undefined && !hierarchy.has(filter.council)) {
      errors.push({ field: 'council', message: 'council is not the GSS code of a current English council' });
    }
    if (filter.supplier !== undefined && !isUuid(filter.supplier)) errors.push({ field: 'supplier', message: 'supplier must be a supplier id (a UUID)' });
    if (filter.cpv !== undefined && !isCpvFilter(filter.cpv)) errors.push({ field: 'cpv', message: 'cpv must be 2 to 8 digits of a CPV code' });
    for (const field of ['endBefore', 'endAfter'] as const) {
      const value = filter[field];
      if (value !== undefined && !isCalendarDate(value)) errors.push({ field, message: `${field} must be a date such as 2026-04-01` });
    }
    if (errors.length > 0) throw DomainError.validation('INVALID_CONTRACT_FILTER', errors);

    const query = this.dataSource.getRepository(ContractOrmEntity).createQueryBuilder('contract');
    if (filter.council !== undefined) query.andWhere('contract.councilCode = :council', { council: filter.council });
    if (filter.supplier !== undefined) query.andWhere('contract.supplierId = :supplier', { supplier: filter.supplier.toLowerCase() });
    // Containment (@>) on the stored prefixes so that the GIN index is used.
    if (filter.cpv !== undefined) query.andWhere('contract.cpvPrefixes @> ARRAY[:cpv]::text[]', { cpv: filter.cpv });
    if (filter.endBefore !== undefined) query.andWhere('contract.endDate <= :endBefore', { endBefore: filter.endBefore });
    if (filter.endAfter !== undefined) query.andWhere('contract.endDate >= :endAfter', { endAfter: filter.endAfter });
    const [rows, total] = await query
      .orderBy('contract.endDate', 'ASC')
      .addOrderBy('contract.id', 'ASC')
      .skip(offsetOf(page))
      .take(page.pageSize)
      .getManyAndCount();
    return pageOf(await this.views(rows), total, page);
  }

  /** Integrity checks a new register row can trigger, in the row's transaction. */
  private async afterInsert(manager: EntityManager, id: string): Promise<void> {
    const row = await manager.findOneByOrFail(ContractOrmEntity, { id });
    await this.directAwards.check(manager, row);
    if (row.supplierId) await this.supplierIntegrity.runFor(row.supplierId, manager);
  }

  private async views(rows: ContractOrmEntity[]): Promise<ContractView[]> {
    const hierarchy = await this.hierarchy.get();
    return rows.map((row) => toContractView(row, hierarchy.get(row.councilCode)?.name ?? row.councilCode));
  }

  private async requireKnownCpvCodes(codes: string[], field: string, manager?: EntityManager): Promise<void> {
    const known = new Set((await this.cpv.findMany(codes, manager)).map((code) => code.code));
    const errors = codes.flatMap((code, index) =>
      known.has(code) ? [] : [{ field: `${field}[${index}]`, message: `${field}[${index}] ${code} is not a CPV code` }],
    );
    if (errors.length > 0) throw DomainError.validation('UNKNOWN_CPV_CODE', errors);
  }
}

export function parseCompanyNumber(raw: string): string | null {
  const normalised = normaliseCompanyNumber(raw);
  return isCompanyNumber(normalised) ? normalised : null;
}

/** SME/VCSE at award: as the buyer states them, else as the registered supplier is now. */
function withSupplierFacts(terms: ContractTerms, facts: SupplierFacts | null) {
  return {
    ...terms,
    companyNumber: terms.companyNumber ?? facts?.companyNumber ?? null,
    supplierIsSme: terms.supplierIsSme ?? facts?.isSme ?? false,
    supplierIsVcse: terms.supplierIsVcse ?? facts?.isVcse ?? false,
  };
}

function checkShares(shares: unknown, isKnownCouncil: (code: string) => boolean): { councilCode: string; valuePence: bigint; annualValuePence: bigint | null }[] {
  if (!Array.isArray(shares) || shares.length === 0) throw DomainError.field('shares', 'shares must list at least one participating council');
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const checked = shares.map((share: { councilCode?: unknown; valuePence?: unknown; annualValuePence?: unknown }, index) => {
    const path = `shares[${index}]`;
    const councilCode = typeof share?.councilCode === 'string' ? share.councilCode : '';
    if (!isKnownCouncil(councilCode)) errors.push({ field: `${path}.councilCode`, message: `${path}.councilCode is not the GSS code of a current English council` });
    else if (seen.has(councilCode)) errors.push({ field: `${path}.councilCode`, message: `${path}.councilCode appears twice` });
    seen.add(councilCode);
    const valuePence = typeof share?.valuePence === 'bigint' && share.valuePence >= 0n ? share.valuePence : null;
    if (valuePence === null) errors.push({ field: `${path}.valuePence`, message: `${path}.valuePence must be a whole number of pence, not negative` });
    const annual = share?.annualValuePence;
    const annualValuePence = typeof annual === 'bigint' && annual >= 0n ? annual : null;
    if (annual !== undefined && annual !== null && annualValuePence === null) {
      errors.push({ field: `${path}.annualValuePence`, message: `${path}.annualValuePence must be a whole number of pence, not negative` });
    }
    return { councilCode, valuePence: valuePence ?? 0n, annualValuePence };
  });
  if (errors.length > 0) throw DomainError.validation('INVALID_AWARD_SHARES', errors);
  return checked;
}
