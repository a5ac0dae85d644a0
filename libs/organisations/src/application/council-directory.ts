import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CouncilOrmEntity } from '../infrastructure/council.orm-entity';

export interface CouncilSummary {
  gssCode: string;
  name: string;
  shortName: string;
  emailDomains: string[];
}

/** Read access to councils for other contexts (identity checks a buyer's council here). */
@Injectable()
export class CouncilDirectory {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async find(gssCode: string): Promise<CouncilSummary | null> {
    const council = await this.dataSource.getRepository(CouncilOrmEntity).findOneBy({ gssCode });
    return council
      ? { gssCode: council.gssCode, name: council.name, shortName: council.shortName, emailDomains: council.emailDomains }
      : null;
  }
}
