import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SupplierMatchesService } from '@app/matching';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { SupplierMatchesResponseDto } from './dto/supplier-matches.response.dto';

@ApiTags('suppliers')
@ApiBearerAuth()
@Controller('suppliers/me/matches')
export class SupplierMatchesController {
  constructor(@Inject(SupplierMatchesService) private readonly matches: SupplierMatchesService) {}

  @Get()
  @ApiOperation({
    summary: 'Open opportunities that match your listings',
    description:
      "Open opportunities (closing in the future) matched to any published listing of the signed-in supplier user's own supplier, " +
      'best first, each with the listings that fit and the reasons. Supplier accounts only; 409 before the supplier profile exists.',
  })
  @ApiOkResponse({ type: SupplierMatchesResponseDto })
  @ApiProblems(401, 403, 409)
  async list(@CurrentActor() actor: Actor | undefined): Promise<SupplierMatchesResponseDto> {
    return { items: await this.matches.forSupplier(actor) };
  }
}
