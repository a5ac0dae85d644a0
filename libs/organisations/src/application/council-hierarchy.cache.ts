import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CouncilHierarchy } from '../domain/council-hierarchy';
import { CouncilOrmEntity } from '../infrastructure/council.orm-entity';

/**
 * Loads the council hierarchy once per process. The table only changes when the reference file is
 * reloaded, and the loader calls `invalidate()` when it does.
 */
@Injectable()
export class CouncilHierarchyCache {
  private pending: Promise<CouncilHierarchy> | null = null;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  get(): Promise<CouncilHierarchy> {
    if (!this.pending) {
      this.pending = this.load().then(
        (hierarchy) => {
          // An empty table means the reference data is not loaded yet: ask again next time.
          if (hierarchy.size === 0) this.pending = null;
          return hierarchy;
        },
        (error: unknown) => {
          this.pending = null;
          throw error;
        },
      );
    }
    return this.pending;
  }

  invalidate(): void {
    this.pending = null;
  }

  private async load(): Promise<CouncilHierarchy> {
    const rows = await this.dataSource.getRepository(CouncilOrmEntity).find();
    return new CouncilHierarchy(
      rows.map((row) => ({
        gssCode: row.gssCode,
        localAuthorityCode: row.localAuthorityCode,
        name: row.name,
        shortName: row.shortName,
        typeCode: row.typeCode,
        typeName: row.typeName,
        region: row.region,
        countyCode: row.countyCode,
        combinedAuthorityCode: row.combinedAuthorityCode,
      })),
    );
  }
}
