import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SupplierMemberOrmEntity } from '../infrastructure/supplier-member.orm-entity';

/** Which supplier a user acts for; identity asks this when it builds an Actor. */
@Injectable()
export class SupplierMembership {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async supplierIdFor(userId: string): Promise<string | null> {
    const member = await this.dataSource.getRepository(SupplierMemberOrmEntity).findOneBy({ userId });
    return member?.supplierId ?? null;
  }

  /** Everyone who acts for a supplier, for telling them about its listings and opportunities. */
  async userIdsFor(supplierId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const members = await manager.find(SupplierMemberOrmEntity, { where: { supplierId }, order: { userId: 'ASC' } });
    return members.map((member) => member.userId);
  }
}
