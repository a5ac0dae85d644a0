export interface ListingSearchItem {
  id: string;
  name: string;
  summary: string;
  /** Safe HTML: escaped listing text with the matched words in <mark>. */
  snippetHtml: string;
  supplier: { id: string; name: string; isSme: boolean; isVcse: boolean };
  framework: { slug: string; name: string };
  lot: { slug: string; name: string };
  categories: string[];
  cpvCodes: string[];
  price: { min: string | null; max: string | null; unit: string | null };
  standards: { openSource: boolean; openApi: boolean; ukHosting: boolean; iso27001: boolean; cyberEssentials: string };
}

export interface FacetCount {
  slug: string;
  name: string;
  count: number;
}

export interface ListingSearchResult {
  items: ListingSearchItem[];
  total: number;
  page: number;
  pageSize: number;
  /** `text` for full-text matches; `similar-names` when nothing matched and close spellings of names did. */
  matchedBy: 'text' | 'similar-names' | 'browse';
  facets: {
    lot: (FacetCount & { framework: string })[];
    category: FacetCount[];
    sme: number;
    vcse: number;
    openSource: number;
    openApi: number;
    ukHosting: number;
  };
}
