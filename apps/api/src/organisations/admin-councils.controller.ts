import { Body, Controller, Inject, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CouncilService } from '@app/organisations';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { CouncilDetailResponseDto } from './dto/council.response.dto';
import { UpdateCouncilEmailDomainsRequestDto } from './dto/update-council-email-domains.request.dto';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin/councils')
export class AdminCouncilsController {
  constructor(@Inject(CouncilService) private readonly councils: CouncilService) {}

  @Patch(':code')
  @ApiParam({ name: 'code', description: 'GSS code', example: 'E07000110' })
  @ApiOperation({
    summary: "Set a council's email domains (administrators only)",
    description: 'Buyers registering with an address on one of these domains are approved without an administrator. Audited.',
  })
  @ApiOkResponse({ type: CouncilDetailResponseDto })
  @ApiProblems(400, 401, 403, 404, 422)
  setEmailDomains(
    @CurrentActor() actor: Actor | undefined,
    @Param('code') code: string,
    @Body() body: UpdateCouncilEmailDomainsRequestDto,
  ): Promise<CouncilDetailResponseDto> {
    return this.councils.setEmailDomains(actor, code, body.emailDomains);
  }
}
