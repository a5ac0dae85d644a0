import { Inject, Injectable } from '@nestjs/common';
import { NotificationService } from '@app/notifications';
import { DataSource, MoreThan } from 'typeorm';
import { searchHref, SavedSearchKind } from '../domain/saved-search-filters';
import { alertNotice, digestNotice, DIGEST_ITEMS_SHOWN, ukDay } from '../domain/saved-search-notices';
import { SavedSearchOrmEntity } from '../infrastructure/saved-search.orm-entity';
import { SavedSearchMatcher } from './saved-search-matcher';
import type { DigestRun } from './saved-search.views';

/** Far longer than any publishing transaction takes between stamping publishedAt and committing. */
export const DIGEST_COMMIT_LAG_MS = 5 * 60_000;

/** Searches read per round of the daily digest, so memory stays flat however many there are. */
const DIGEST_BATCH = 200;

export type PublishedItemKind = 'listing' | 'opportunity';

const SEARCH_KIND_OF: Record<PublishedItemKind, SavedSearchKind> = { listing: 'catalogue', opportunity: 'opportunities' };

/**
 * Tells owners of saved searches about new items: at once for `immediate` searches, in one daily
 * digest for `daily` ones. Every notification carries a dedupe key, so a job run twice tells
 * nobody twice.
 */
@Injectable()
export class SavedSearchAlertsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SavedSearchMatcher) private readonly matcher: SavedSearchMatcher,
    @Inject(NotificationService) private readonly notifications: NotificationService,
  ) {}

  /** An item was published: alert every immediate search it matches. Returns how many were told. */
  async itemPublished(itemKind: PublishedItemKind, itemId: string): Promise<number> {
    const kind = SEARCH_KIND_OF[itemKind];
    const searches = await this.dataSource.getRepository(SavedSearchOrmEntity).find({ where: { kind, frequency: 'immediate' }, order: { id: 'ASC' } });
    const notices = [];
    for (const search of searches) {
      const { items } = await this.matcher.matches(kind, search.filters, { onlyIds: [itemId] }, 1);
      if (items.length) notices.push({ userId: search.userId, ...alertNotice(search, items[0]) });
    }
    return this.notifications.notify(notices);
  }

  /**
   * Each daily search gets one notification listing what was published since its last digest, and
   * its watermark moves on in the same transaction. Run twice, the second run finds nothing new or
   * today's digest already sent; in the latter case the watermark stays, so those items go in
   * tomorrow's digest rather than nowhere.
   */
  async sendDailyDigests(now = new Date()): Promise<DigestRun> {
    const repository = this.dataSource.getRepository(SavedSearchOrmEntity);
    const run: DigestRun = { searches: 0, notified: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await repository.find({ where: { frequency: 'daily', id: MoreThan(after) }, order: { id: 'ASC' }, take: DIGEST_BATCH });
      for (const search of batch) {
        run.searches += 1;
        if (await this.digest(search, now)) run.notified += 1;
      }
      if (batch.length < DIGEST_BATCH) return run;
      after = batch[batch.length - 1].id;
    }
  }

  private async digest(search: SavedSearchOrmEntity, now: Date): Promise<boolean> {
    // publishedAt is stamped before the publishing transaction commits: an item stamped a moment ago
    // may not be visible yet. Stopping the window short of now leaves it for the next digest, not lost.
    const upTo = new Date(now.getTime() - DIGEST_COMMIT_LAG_MS);
    if (search.digestedUpTo >= upTo) return false;
    // The search runs before the transaction: it reads through the data source, not the transaction's manager.
    const found = await this.matcher.matches(search.kind, search.filters, { publishedBetween: { after: search.digestedUpTo, upTo } }, DIGEST_ITEMS_SHOWN);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(SavedSearchOrmEntity, { where: { id: search.id }, lock: { mode: 'pessimistic_write' } });
      // Deleted, switched to immediate, or digested by another run meanwhile: that run's answer stands.
      if (!current || current.frequency !== 'daily' || current.digestedUpTo.getTime() !== search.digestedUpTo.getTime()) return false;
      let told = 0;
      if (found.total > 0) {
        const notice = digestNotice(current, ukDay(now), found.total, found.items, searchHref(current.kind, current.filters));
        told = await this.notifications.notify([{ userId: current.userId, ...notice }], manager);
        if (told === 0) return false;
      }
      await manager.update(SavedSearchOrmEntity, { id: current.id }, { digestedUpTo: upTo });
      return told > 0;
    });
  }
}
