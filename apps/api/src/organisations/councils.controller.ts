import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CouncilService } from '@app/organisations';
import { Public } from '../auth/public.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { CouncilDetailResponseDto, CouncilPageResponseDto } from './dto/council.response.dto';
import { ListCouncilsQueryDto } from './dto/list-councils.query.dto';

@ApiTags('councils')
@Public()
@Controller('councils')
export class CouncilsController {
  constructor(@Inject(CouncilService) private readonly councils: CouncilService) {}

  @Get()
  @ApiOperation({ summary: 'The 332 current English councils, by name; filter by name, type and region' })
  @ApiOkResponse({ type: CouncilPageResponseDto })
  @ApiProblems(400, 422)
  list(@Query() query: ListCouncilsQueryDto): Promise<CouncilPageResponseDto> {
    return this.councils.list({ q: query.q, type: query.type, region: query.region }, query.toPageRequest());
  }

  @Get(':code')
  @ApiParam({ name: 'code', description: 'GSS code', example: 'E10000016' })
  @ApiOperation({ summary: 'One council with its county and combined authority, and the councils it contains' })
  @ApiOkResponse({ type: CouncilDetailResponseDto })
  @ApiProblems(400, 404)
  get(@Param('code') code: string): Promise<CouncilDetailResponseDto> {
    return this.councils.get(code);
  }
}
