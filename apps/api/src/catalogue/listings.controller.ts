import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ListingService } from '@app/catalogue';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { uuidParam } from '../http/uuid-param';
import { CreateListingRequestDto } from './dto/create-listing.request.dto';
import { ListingResponseDto, ListingVersionPageResponseDto } from './dto/listing.response.dto';
import { UpdateListingRequestDto } from './dto/update-listing.request.dto';

/** One listing and its life. The search (GET /listings) is ListingSearchController's. */
@ApiTags('catalogue')
@Controller('listings')
export class ListingsController {
  constructor(@Inject(ListingService) private readonly listings: ListingService) {}

  @Post()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Draft a service on a lot of an open framework (supplier users with a supplier profile)',
    description:
      'Only the name is needed for a draft. Categories must be the lot’s (at most its maxCategoriesPerService) and CPV ' +
      'codes must exist; every broken rule is named (422). Supplier name, SME, VCSE and locality are copied from the profile.',
  })
  @ApiCreatedResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 409, 422)
  create(@CurrentActor() actor: Actor | undefined, @Body() body: CreateListingRequestDto): Promise<ListingResponseDto> {
    return this.listings.create(actor, body);
  }

  @Get(':id')
  @Public()
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'A listing',
    description:
      'Buyers and the public see it only while it is published by an active supplier on a live framework; the supplier’s ' +
      'own users and administrators see it in any state, with its quality and any pending revision. Otherwise 404.',
  })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<ListingResponseDto> {
    return this.listings.get(actor, id);
  }

  @Patch(':id')
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Change a listing (its supplier’s users)',
    description:
      'A draft or rejected listing changes in place and is a draft again. A published listing gets a pending revision, ' +
      'quality-checked like a submission (422), while the published text stays live until an administrator approves it. ' +
      'Submitted, suspended and withdrawn listings cannot change (409). Another supplier’s listing answers 404. Audited.',
  })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  update(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateListingRequestDto,
  ): Promise<ListingResponseDto> {
    return this.listings.update(actor, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Send a draft to the moderators (its supplier’s users)',
    description:
      'Runs the quality checks: required fields, banned claims, price sanity. Any failure answers 422 naming every one; ' +
      'otherwise the completeness score and what is missing are kept, and the listing joins the moderation queue.',
  })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  submit(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<ListingResponseDto> {
    return this.listings.submit(actor, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Take a listing down for good, whatever its state (its supplier’s users)' })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  withdraw(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<ListingResponseDto> {
    return this.listings.withdraw(actor, id);
  }

  @Get(':id/history')
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Every version of a listing, newest first, with state, dates and reasons (its supplier’s users and administrators)',
  })
  @ApiOkResponse({ type: ListingVersionPageResponseDto })
  @ApiProblems(400, 401, 403, 404)
  history(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PageQueryDto,
  ): Promise<ListingVersionPageResponseDto> {
    return this.listings.history(actor, id, query.toPageRequest());
  }
}
