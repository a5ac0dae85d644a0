import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FrameworkService } from '@app/catalogue';
import { Public } from '../auth/public.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { FrameworkPageResponseDto, FrameworkResponseDto } from './dto/framework.response.dto';
import { ListFrameworksQueryDto } from './dto/list-frameworks.query.dto';

@ApiTags('catalogue')
@Public()
@Controller('frameworks')
export class FrameworksController {
  constructor(@Inject(FrameworkService) private readonly frameworks: FrameworkService) {}

  @Get()
  @ApiOperation({ summary: 'Frameworks by name, each with its lots; filter by status' })
  @ApiOkResponse({ type: FrameworkPageResponseDto })
  @ApiProblems(400, 422)
  list(@Query() query: ListFrameworksQueryDto): Promise<FrameworkPageResponseDto> {
    return this.frameworks.list({ status: query.status }, query.toPageRequest());
  }

  @Get(':slug')
  @ApiParam({ name: 'slug', example: 'g-cloud-13' })
  @ApiOperation({ summary: 'One framework with its lots and their categories' })
  @ApiOkResponse({ type: FrameworkResponseDto })
  @ApiProblems(400, 404)
  get(@Param('slug') slug: string): Promise<FrameworkResponseDto> {
    return this.frameworks.get(slug);
  }
}
