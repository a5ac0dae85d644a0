import { Controller, Get, Inject, Query, Render, Req, Res } from '@nestjs/common';
import { ListingSearchService } from '@app/catalogue';
import type { Actor } from '@app/shared';
import type { Request, Response } from 'express';
import { catalogueSaveForm, SaveSearchForm } from '../saved-searches/saved-searches.view';
import { readCatalogueQuery } from './catalogue-search.query';
import { CatalogueSearchView, CouncilChoice, toCatalogueSearchView } from './catalogue-search.view';
import { SearchChoices } from './search-choices';

/**
 * The public catalogue search: a GET form, so it works without JavaScript and every search has an
 * address. It asks ListingSearchService exactly as GET /api/v1/listings does.
 */
@Controller('catalogue')
export class CatalogueSearchPageController {
  constructor(
    @Inject(ListingSearchService) private readonly listings: ListingSearchService,
    @Inject(SearchChoices) private readonly choices: SearchChoices,
  ) {}

  @Get()
  @Render('catalogue/search')
  async search(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Query() query: unknown,
  ): Promise<CatalogueSearchView & { saveSearch?: SaveSearchForm }> {
    const [councils, frameworks] = await Promise.all([this.choices.councils(), this.choices.liveFrameworks()]);
    const known = new Set(councils.map((council) => council.gssCode));
    const form = readCatalogueQuery(query, (code) => known.has(code));
    const buyerCouncil = buyerCouncilOf(request.actor, councils);
    if (!form.ok) {
      // The page again, with an error summary and what was asked for; no search runs on bad input.
      response.status(400);
      return toCatalogueSearchView({ values: form.values, errors: form.errors, councils, frameworks, buyerCouncil });
    }
    const result = await this.listings.search(form.criteria);
    const view = toCatalogueSearchView({ values: form.values, result, councils, frameworks, buyerCouncil });
    // Signed-in users can save the search as shown, its filters included, to hear about new matches.
    if (!request.actor) return view;
    const { q, framework, lot, category, localTo, maxPrice, flags } = form.values;
    return { ...view, saveSearch: catalogueSaveForm({ q, framework, lot, category, localTo, maxPrice, ...flags }, q) };
  }
}

/** A buyer searches near their own council with one tick box; anyone else picks a council. */
function buyerCouncilOf(actor: Actor | undefined, councils: readonly CouncilChoice[]): CouncilChoice | undefined {
  if (actor?.role !== 'buyer' || !actor.councilCode) return undefined;
  return councils.find((council) => council.gssCode === actor.councilCode);
}
