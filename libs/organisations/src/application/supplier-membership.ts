import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
  async userIdsFor(supplierId: string): Promise<string[]> {
    const members = await this.dataSource.getRepository(SupplierMemberOrmEntity).find({ where: { supplierId }, order: { userId: 'ASC' } });
    return members.map((member) => member.userId);
  }
}
