import { Inject, Injectable } from '@nestjs/common';
import { ListingSupplierFactsService } from '@app/catalogue';
import { SupplierIntegrityCheck } from '@app/procurement';
import { JobHandler, JobPayloads } from '@app/queue';

/**
 * A supplier changed: copy its current facts onto its listings, which search reads, and look again
 * for other suppliers sharing its postcode and phone (an integrity flag for administrators).
 * Both steps are idempotent.
 */
@Injectable()
export class SupplierChangedHandler implements JobHandler<'supplier.changed'> {
  readonly jobName = 'supplier.changed' as const;

  constructor(
    @Inject(ListingSupplierFactsService) private readonly facts: ListingSupplierFactsService,
    @Inject(SupplierIntegrityCheck) private readonly integrity: SupplierIntegrityCheck,
  ) {}

  async handle({ supplierId }: JobPayloads['supplier.changed']): Promise<void> {
    await this.facts.refresh(supplierId);
    await this.integrity.runFor(supplierId);
  }
}
