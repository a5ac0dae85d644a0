import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { refreshSupplierFacts } from '../infrastructure/supplier-facts';

/**
 * Keeps the supplier facts copied onto listings (name, SME, VCSE, localTo, active) fresh. Run by the
 * worker for every 'supplier.changed' job; always copies the supplier's current state, in one
 * statement, so a late, repeated or out-of-order job leaves the copies right.
 */
@Injectable()
export class ListingSupplierFactsService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Returns how many listings changed (0 when they already agreed, or the supplier is gone). */
  refresh(supplierId: string): Promise<number> {
    return refreshSupplierFacts(this.dataSource.manager, supplierId);
  }
}
