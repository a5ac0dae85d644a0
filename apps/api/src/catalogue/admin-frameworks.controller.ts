import { Body, Controller, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FrameworkService } from '@app/catalogue';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { CreateFrameworkRequestDto } from './dto/create-framework.request.dto';
import { FrameworkResponseDto } from './dto/framework.response.dto';
import { UpdateFrameworkRequestDto } from './dto/update-framework.request.dto';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin/frameworks')
export class AdminFrameworksController {
  constructor(@Inject(FrameworkService) private readonly frameworks: FrameworkService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a framework with its lots and categories (administrators only)',
    description: 'It starts as coming. Category slugs are made from the names. A slug already used answers 409. Audited.',
  })
  @ApiCreatedResponse({ type: FrameworkResponseDto })
  @ApiProblems(400, 401, 403, 409, 422)
  create(@CurrentActor() actor: Actor | undefined, @Body() body: CreateFrameworkRequestDto): Promise<FrameworkResponseDto> {
    return this.frameworks.create(actor, body);
  }

  @Patch(':slug')
  @ApiParam({ name: 'slug', example: 'g-cloud-14' })
  @ApiOperation({
    summary: 'Change a framework: name, description, status; add lots and categories (administrators only)',
    description:
      'Status moves only coming → open → live → expired, one step at a time; anything else answers 409 naming the ' +
      'current status. All or nothing. Audited.',
  })
  @ApiOkResponse({ type: FrameworkResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  update(
    @CurrentActor() actor: Actor | undefined,
    @Param('slug') slug: string,
    @Body() body: UpdateFrameworkRequestDto,
  ): Promise<FrameworkResponseDto> {
    return this.frameworks.update(actor, slug, body);
  }
}
