import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { SupplierService } from '@app/organisations';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param';
import { ApiProblems } from '../http/api-problems.decorator';
import { SupplierModerationRequestDto } from './dto/supplier-moderation.request.dto';
import { SupplierResponseDto } from './dto/supplier.response.dto';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin/suppliers')
export class AdminSuppliersController {
  constructor(@Inject(SupplierService) private readonly suppliers: SupplierService) {}

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Suspend an active supplier: it disappears from public lists (administrators only, audited)' })
  @ApiOkResponse({ type: SupplierResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  suspend(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SupplierModerationRequestDto,
  ): Promise<SupplierResponseDto> {
    return this.suppliers.suspend(actor, id, body.reason);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Reinstate a suspended supplier (administrators only, audited)' })
  @ApiOkResponse({ type: SupplierResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  reinstate(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SupplierModerationRequestDto,
  ): Promise<SupplierResponseDto> {
    return this.suppliers.reinstate(actor, id, body.reason);
  }
}
