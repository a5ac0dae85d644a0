import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CpvService } from '@app/classification';
import { Public } from '../auth/public.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { CpvCodeDetailResponseDto, CpvCodePageResponseDto } from './dto/cpv.response.dto';
import { ListCpvQueryDto } from './dto/list-cpv.query.dto';

@ApiTags('cpv')
@Public()
@Controller('cpv')
export class CpvController {
  constructor(@Inject(CpvService) private readonly cpv: CpvService) {}

  @Get()
  @ApiOperation({ summary: 'Search the Common Procurement Vocabulary (CPV 2008) by label words, code prefix and level' })
  @ApiOkResponse({ type: CpvCodePageResponseDto })
  @ApiProblems(400, 422)
  search(@Query() query: ListCpvQueryDto): Promise<CpvCodePageResponseDto> {
    return this.cpv.search({ q: query.q, code: query.code, level: query.level }, query.toPageRequest());
  }

  @Get(':code')
  @ApiParam({ name: 'code', description: '8 digits, optionally with the check digit', example: '72260000-5' })
  @ApiOperation({ summary: 'One CPV code with its parent and children' })
  @ApiOkResponse({ type: CpvCodeDetailResponseDto })
  @ApiProblems(400, 404)
  get(@Param('code') code: string): Promise<CpvCodeDetailResponseDto> {
    return this.cpv.get(code);
  }
}
