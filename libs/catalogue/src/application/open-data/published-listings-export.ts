import { Inject, Injectable } from '@nestjs/common';
import { csvLine } from '@app/shared';
import { DataSource } from 'typeorm';
import { ListingOrmEntity } from '../../infrastructure/listing.orm-entity';
import type { ListingPublicView } from '../listing.views';
import { presentListings } from '../listing-presenter';
import { OPEN_LISTING_CSV_COLUMNS, OpenListing, toOpenListing } from './open-listing';

/** Listings read per batch: a few queries each (rows, frameworks, lots, categories), memory flat whatever the catalogue's size. */
export const LISTING_EXPORT_BATCH_SIZE = 500;

/**
 * The catalogue as open data, in JSON and CSV: every listing the public catalogue shows
 * (published, by an active supplier, on a live framework), ordered by id so that two downloads
 * list the same listings in the same order. Read in keyset batches and produced as it is read.
 */
@Injectable()
export class PublishedListingsExport {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** `{"items":[…]}`, one listing after another. */
  async *json(batchSize = LISTING_EXPORT_BATCH_SIZE): AsyncGenerator<string> {
    yield '{"items":[';
    let first = true;
    for await (const batch of this.batches(batchSize)) {
      const items = batch.map((listing) => JSON.stringify(listing)).join(',');
      yield first ? items : `,${items}`;
      first = false;
    }
    yield ']}\n';
  }

  /** A header row, then one row per listing. */
  async *csv(batchSize = LISTING_EXPORT_BATCH_SIZE): AsyncGenerator<string> {
    yield csvLine(OPEN_LISTING_CSV_COLUMNS.map(([name]) => name));
    for await (const batch of this.batches(batchSize)) {
      yield batch.map((listing) => csvLine(OPEN_LISTING_CSV_COLUMNS.map(([, read]) => read(listing)))).join('');
    }
  }

  private async *batches(batchSize: number): AsyncGenerator<OpenListing[]> {
    let afterId: string | undefined;
    for (;;) {
      const query = this.dataSource
        .getRepository(ListingOrmEntity)
        .createQueryBuilder('listing')
        .where(`listing.status = 'published'`)
        .andWhere('listing.supplierActive')
        .andWhere(`listing.frameworkId IN (SELECT id FROM framework WHERE status = 'live')`);
      if (afterId) query.andWhere('listing.id > :afterId', { afterId });
      const rows = await query.orderBy('listing.id', 'ASC').take(batchSize).getMany();
      if (rows.length > 0) {
        const views = (await presentListings(this.dataSource.manager, rows, () => false)) as ListingPublicView[];
        yield views.map(toOpenListing);
      }
      if (rows.length < batchSize) return;
      afterId = rows[rows.length - 1].id;
    }
  }
}
