import { Inject, Injectable } from '@nestjs/common';
import { IntegrityFlagService } from '@app/audit';
import { EntityManager } from 'typeorm';
import { addMonths } from '../domain/calendar';
import { findRepeatedDirectAwards, REPEATED_DIRECT_AWARD_RULE, sameSupplier } from '../domain/direct-award-pattern';
import { ContractOrmEntity } from '../infrastructure/contract.orm-entity';

/**
 * Looks for repeated direct awards whenever a direct award enters the register, inside the same
 * transaction, and raises an integrity flag on the council. The flag names the earliest run, so
 * recording more awards in that run does not raise it again.
 */
@Injectable()
export class DirectAwardWatch {
  constructor(@Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService) {}

  async check(manager: EntityManager, contract: ContractOrmEntity): Promise<void> {
    if (contract.awardedVia !== 'direct') return;
    const { windowMonths } = REPEATED_DIRECT_AWARD_RULE;
    // Only awards within a window of this one can form a run with it.
    const nearby = await manager
      .getRepository(ContractOrmEntity)
      .createQueryBuilder('contract')
      .where('contract.councilCode = :council', { council: contract.councilCode })
      .andWhere("contract.awardedVia = 'direct'")
      .andWhere('contract.startDate > :from AND contract.startDate < :to', {
        from: addMonths(contract.startDate, -windowMonths),
        to: addMonths(contract.startDate, windowMonths),
      })
      .getMany();
    const identity = (row: ContractOrmEntity) => ({ supplierId: row.supplierId, companyNumber: row.supplierCompanyNumber, supplierName: row.supplierName });
    const sameSupplierAwards = nearby.filter((row) => sameSupplier(identity(row), identity(contract)));
    const run = findRepeatedDirectAwards(sameSupplierAwards.map((row) => ({ contractId: row.id, startDate: row.startDate })));
    if (!run || !run.some((award) => award.contractId === contract.id)) return;

    await this.flags.raise(
      {
        kind: 'repeated-direct-award',
        subjectType: 'council',
        subjectId: contract.councilCode,
        summary: `${run.length} direct awards to ${contract.supplierName} by ${contract.councilCode} within ${windowMonths} months`,
        details: {
          councilCode: contract.councilCode,
          supplierName: contract.supplierName,
          supplierId: contract.supplierId,
          companyNumber: contract.supplierCompanyNumber,
          contracts: run.map((award) => ({ id: award.contractId, startDate: award.startDate })),
        },
        // The run's first award names the run (and so the supplier), however the name was typed.
        dedupeKey: `repeated-direct-award:${contract.councilCode}:${run[0].contractId}`,
      },
      manager,
    );
  }
}
