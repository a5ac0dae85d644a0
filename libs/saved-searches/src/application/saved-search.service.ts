import { Inject, Injectable } from '@nestjs/common';
import { CouncilHierarchyCache } from '@app/organisations';
import { Actor, DomainError, offsetOf, Page, pageOf, PageRequest, requireActive, requireActor } from '@app/shared';
import { DataSource } from 'typeorm';
import {
  describeFilters,
  normaliseFilters,
  normaliseName,
  requireFrequency,
  requireKind,
  SAVED_SEARCH_LIMITS,
  searchHref,
} from '../domain/saved-search-filters';
import { SavedSearchOrmEntity } from '../infrastructure/saved-search.orm-entity';
import type { NewSavedSearch, SavedSearchPatch, SavedSearchView } from './saved-search.views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A user's own saved searches. Someone else's is simply not found, so ids reveal nothing. */
@Injectable()
export class SavedSearchService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
  ) {}

  async create(actor: Actor | undefined, input: NewSavedSearch): Promise<SavedSearchView> {
    const { userId } = requireActive(actor);
    const kind = requireKind(input.kind);
    const name = normaliseName(input.name);
    const frequency = requireFrequency(input.frequency);
    const councils = await this.hierarchy.get();
    const filters = normaliseFilters(kind, input.filters, (code) => councils.has(code));
    return this.dataSource.transaction(async (manager) => {
      // One user's saves in turn, so two at once (a double-click) cannot both pass the limit.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`saved-search:${userId}`]);
      if ((await manager.countBy(SavedSearchOrmEntity, { userId })) >= SAVED_SEARCH_LIMITS.perUser) {
        throw new DomainError('conflict', 'SAVED_SEARCH_LIMIT', `You can keep at most ${SAVED_SEARCH_LIMITS.perUser} saved searches; delete one first`);
      }
      // New items are those published after saving, for the daily digest as for the immediate alert.
      const saved = await manager.save(manager.create(SavedSearchOrmEntity, { userId, kind, name, frequency, filters, digestedUpTo: new Date() }));
      return toView(saved);
    });
  }

  async list(actor: Actor | undefined, page: PageRequest): Promise<Page<SavedSearchView>> {
    const { userId } = requireActor(actor);
    const [rows, total] = await this.dataSource.getRepository(SavedSearchOrmEntity).findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offsetOf(page),
      take: page.pageSize,
    });
    return pageOf(rows.map(toView), total, page);
  }

  async get(actor: Actor | undefined, id: string): Promise<SavedSearchView> {
    return toView(await this.own(actor, id));
  }

  /** Renames or changes how often; filters are the search itself, so a different search is a new one. */
  async update(actor: Actor | undefined, id: string, patch: SavedSearchPatch): Promise<SavedSearchView> {
    const row = await this.own(actor, id);
    const changes: Partial<SavedSearchOrmEntity> = {};
    if (patch.name !== undefined) changes.name = normaliseName(patch.name);
    if (patch.frequency !== undefined) {
      changes.frequency = requireFrequency(patch.frequency);
      // Items already alerted one by one are not news in the first digest.
      if (changes.frequency === 'daily' && row.frequency !== 'daily') changes.digestedUpTo = new Date();
    }
    if (Object.keys(changes).length) await this.dataSource.getRepository(SavedSearchOrmEntity).update({ id: row.id }, changes);
    return this.get(actor, row.id);
  }

  async remove(actor: Actor | undefined, id: string): Promise<void> {
    const row = await this.own(actor, id);
    await this.dataSource.getRepository(SavedSearchOrmEntity).delete({ id: row.id, userId: row.userId });
  }

  private async own(actor: Actor | undefined, id: string): Promise<SavedSearchOrmEntity> {
    const { userId } = requireActor(actor);
    const row = UUID.test(id) ? await this.dataSource.getRepository(SavedSearchOrmEntity).findOneBy({ id: id.toLowerCase(), userId }) : null;
    if (!row) throw DomainError.notFound('Saved search');
    return row;
  }
}

export function toView(row: SavedSearchOrmEntity): SavedSearchView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    filters: row.filters,
    filtersText: describeFilters(row.filters),
    frequency: row.frequency,
    href: searchHref(row.kind, row.filters),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
