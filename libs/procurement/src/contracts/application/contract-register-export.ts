import { readFile } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { CouncilHierarchyCache } from '@app/organisations';
import { csvLine, DomainError, parseCsvRecords, resourcePath } from '@app/shared';
import { DataSource } from 'typeorm';
import { TRANSPARENCY_THRESHOLD_PENCE, transparencyFieldNames, transparencyRow } from '../domain/transparency-code';
import { ContractOrmEntity } from '../infrastructure/contract.orm-entity';

/** Rows read per query: enough to keep round trips few, small enough that memory stays flat however large the register. */
export const CONTRACT_EXPORT_BATCH_SIZE = 500;

export interface ContractExportFilter {
  /** GSS code of the council whose contracts to publish; every council's when absent. */
  council?: string;
}

/**
 * The contracts register as open data: the Local Government Transparency Code 2015 "contracts over
 * £5,000" CSV. Read-only; rows are read in keyset batches (council, end date, id), so the order is
 * stable and a large register never sits in memory at once.
 */
@Injectable()
export class ContractRegisterExport {
  static readonly FIELDS_FILE = resourcePath('libs', 'procurement', 'data', 'lgtc-2015-contracts-over-5000-fields.csv');
  private fields: Promise<string[]> | null = null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
  ) {}

  /** The column names, in the Code's order. */
  transparencyFields(): Promise<string[]> {
    this.fields ??= readFile(ContractRegisterExport.FIELDS_FILE, 'utf8').then((text) => transparencyFieldNames(parseCsvRecords(text)));
    return this.fields;
  }

  /**
   * Checks the filter before anything is sent, then answers the CSV's lines (header first) as
   * they are read. A bad council code is a 400 naming `council`.
   */
  async transparencyCsv(filter: ContractExportFilter, batchSize = CONTRACT_EXPORT_BATCH_SIZE): Promise<AsyncIterable<string>> {
    const hierarchy = await this.hierarchy.get();
    if (filter.council !== undefined && !hierarchy.has(filter.council)) {
      const message = 'council must be the GSS code of a current English council, such as E07000110';
      throw new DomainError('bad_request', 'UNKNOWN_COUNCIL', message, [{ field: 'council', message }]);
    }
    const fields = await this.transparencyFields();
    const batches = this.batches(filter, batchSize);
    const councilName = (code: string) => hierarchy.get(code)?.name ?? code;
    return (async function* () {
      yield csvLine(fields);
      for await (const rows of batches) {
        yield rows.map((row) => csvLine(transparencyRow(fields, { ...row, councilName: councilName(row.councilCode) }))).join('');
      }
    })();
  }

  private async *batches(filter: ContractExportFilter, batchSize: number): AsyncGenerator<ContractOrmEntity[]> {
    let after: ContractOrmEntity | undefined;
    for (;;) {
      const query = this.dataSource.getRepository(ContractOrmEntity).createQueryBuilder('contract');
      query.where('contract.valuePence > :threshold', { threshold: TRANSPARENCY_THRESHOLD_PENCE.toString() });
      if (filter.council !== undefined) query.andWhere('contract.councilCode = :council', { council: filter.council });
      if (after) {
        query.andWhere('(contract.councilCode, contract.endDate, contract.id) > (:afterCouncil, :afterEnd, :afterId)', {
          afterCouncil: after.councilCode,
          afterEnd: after.endDate,
          afterId: after.id,
        });
      }
      const rows = await query
        .orderBy('contract.councilCode', 'ASC')
        .addOrderBy('contract.endDate', 'ASC')
        .addOrderBy('contract.id', 'ASC')
        .take(batchSize)
        .getMany();
      if (rows.length > 0) yield rows;
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1];
    }
  }
}
