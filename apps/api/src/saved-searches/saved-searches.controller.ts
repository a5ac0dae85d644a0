import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { SavedSearchService } from '@app/saved-searches';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { uuidParam } from '../http/uuid-param';
import { CreateSavedSearchRequestDto } from './dto/create-saved-search.request.dto';
import { SavedSearchPageResponseDto, SavedSearchResponseDto } from './dto/saved-search.response.dto';
import { UpdateSavedSearchRequestDto } from './dto/update-saved-search.request.dto';

@ApiTags('saved searches')
@ApiBearerAuth()
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(@Inject(SavedSearchService) private readonly searches: SavedSearchService) {}

  @Post()
  @ApiOperation({
    summary: 'Save a catalogue or opportunity search',
    description:
      'New matches (published listings; open opportunities) are notified at once (immediate) or in a daily digest at 07:00 UK time (daily), ' +
      'each one once. Filters are checked and normalised as the search checks them. At most 50 per user.',
  })
  @ApiCreatedResponse({ type: SavedSearchResponseDto })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentActor() actor: Actor | undefined, @Body() body: CreateSavedSearchRequestDto): Promise<SavedSearchResponseDto> {
    return this.searches.create(actor, body);
  }

  @Get()
  @ApiOperation({ summary: 'My saved searches, newest first' })
  @ApiOkResponse({ type: SavedSearchPageResponseDto })
  @ApiProblems(400, 401)
  list(@CurrentActor() actor: Actor | undefined, @Query() query: PageQueryDto): Promise<SavedSearchPageResponseDto> {
    return this.searches.list(actor, query.toPageRequest());
  }

  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'One of my saved searches; anyone else’s is 404' })
  @ApiOkResponse({ type: SavedSearchResponseDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<SavedSearchResponseDto> {
    return this.searches.get(actor, id);
  }

  @Patch(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Rename a saved search or change how often it tells me', description: 'Switching to daily starts the digest from now.' })
  @ApiOkResponse({ type: SavedSearchResponseDto })
  @ApiProblems(400, 401, 404)
  update(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateSavedSearchRequestDto,
  ): Promise<SavedSearchResponseDto> {
    return this.searches.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Delete one of my saved searches' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 401, 404)
  async remove(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.searches.remove(actor, id);
  }
}
