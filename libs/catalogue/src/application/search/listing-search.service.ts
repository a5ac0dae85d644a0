import { Inject, Injectable } from '@nestjs/common';
import { penceToPounds } from '@app/shared';
import { DataSource } from 'typeorm';
import { criteriaKey, normaliseQueryText, SearchCriteria } from '../../domain/search-criteria';
import { snippetHtml } from '../../domain/snippet';
import { buildSearchStatement, MatchMode } from './search-sql';
import type { ListingSearchItem, ListingSearchResult } from './search.views';

interface SearchRow {
  total: number;
  items: (Omit<ListingSearchItem, 'supplier' | 'framework' | 'lot' | 'price' | 'standards' | 'snippetHtml'> & {
    snippet: string;
    supplierId: string;
    supplierName: string;
    isSme: boolean;
    isVcse: boolean;
    frameworkSlug: string;
    frameworkName: string;
    lotSlug: string;
    lotName: string;
    priceMinPence: string | null;
    priceMaxPence: string | null;
    priceUnit: string | null;
    openSource: boolean;
    openApi: boolean;
    ukHosting: boolean;
    iso27001: boolean;
    cyberEssentials: string;
  })[];
  lots: ListingSearchResult['facets']['lot'];
  categories: ListingSearchResult['facets']['category'];
  flags: Pick<ListingSearchResult['facets'], 'sme' | 'vcse' | 'openSource' | 'openApi' | 'ukHosting'>;
}

const CACHE_ENTRIES = 2_000;

/**
 * Catalogue search. Each answer is one SQL statement; answers are cached per search and dropped as
 * soon as the search revision moves (any listing, framework, lot or category write), so a cache hit
 * costs one tiny read and a miss at most three statements (revision, full text, similar names).
 */
@Injectable()
export class ListingSearchService {
  private readonly cache = new Map<string, Promise<ListingSearchResult>>();
  private cachedRevision?: string;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async search(input: SearchCriteria): Promise<ListingSearchResult> {
    const criteria = { ...input, q: normaliseQueryText(input.q) };
    const [{ revision }] = (await this.dataSource.query('SELECT revision::text AS revision FROM search_revision')) as {
      revision: string;
    }[];
    if (revision !== this.cachedRevision) {
      this.cache.clear();
      this.cachedRevision = revision;
    }
    const key = criteriaKey(criteria);
    const cached = this.cache.get(key);
    if (cached) {
      // Map order is insertion order: re-inserting keeps the most used entries last, least used first.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    // The promise is cached, so a burst of the same search runs the query once.
    const answer = this.answer(criteria);
    this.cache.set(key, answer);
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    answer.catch(() => this.cache.delete(key));
    return answer;
  }

  /**
   * The search exactly as its criteria say, without the misspelt-name fallback: for saved searches,
   * where "close to a name" among a handful of new listings would alert people to what they did not
   * ask for. Not cached: each call narrows to new listings, so no two are alike.
   */
  async searchWithoutFallback(input: SearchCriteria): Promise<ListingSearchResult> {
    const criteria = { ...input, q: normaliseQueryText(input.q) };
    return this.run(criteria, criteria.q ? 'text' : 'browse');
  }

  private async answer(criteria: SearchCriteria): Promise<ListingSearchResult> {
    if (!criteria.q) return this.run(criteria, 'browse');
    const byText = await this.run(criteria, 'text');
    if (byText.total > 0) return byText;
    return this.run(criteria, 'similar-names');
  }

  private async run(criteria: SearchCriteria, mode: MatchMode): Promise<ListingSearchResult> {
    const { sql, params } = buildSearchStatement(criteria, mode);
    const [row] = (await this.dataSource.query(sql, params)) as SearchRow[];
    return {
      items: row.items.map((item) => ({
        id: item.id,
        name: item.name,
        summary: item.summary,
        snippetHtml: snippetHtml(item.snippet),
        supplier: { id: item.supplierId, name: item.supplierName, isSme: item.isSme, isVcse: item.isVcse },
        framework: { slug: item.frameworkSlug, name: item.frameworkName },
        lot: { slug: item.lotSlug, name: item.lotName },
        categories: item.categories,
        cpvCodes: item.cpvCodes,
        price: {
          min: item.priceMinPence === null ? null : penceToPounds(item.priceMinPence),
          max: item.priceMaxPence === null ? null : penceToPounds(item.priceMaxPence),
          unit: item.priceUnit,
        },
        standards: {
          openSource: item.openSource,
          openApi: item.openApi,
          ukHosting: item.ukHosting,
          iso27001: item.iso27001,
          cyberEssentials: item.cyberEssentials,
        },
      })),
      total: row.total,
      page: criteria.page,
      pageSize: criteria.pageSize,
      matchedBy: mode,
      facets: { lot: row.lots, category: row.categories, ...row.flags },
    };
  }
}
