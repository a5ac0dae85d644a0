import { Inject, Injectable } from '@nestjs/common';
import { ListingSupplierFactsService } from '@app/catalogue';
import { JobHandler, JobPayloads } from '@app/queue';

/** A supplier changed: copy its current facts onto its listings, which search reads. Idempotent. */
@Injectable()
export class SupplierChangedHandler implements JobHandler<'supplier.changed'> {
  readonly jobName = 'supplier.changed' as const;

  constructor(@Inject(ListingSupplierFactsService) private readonly facts: ListingSupplierFactsService) {}

  async handle({ supplierId }: JobPayloads['supplier.changed']): Promise<void> {
    await this.facts.refresh(supplierId);
  }
}
