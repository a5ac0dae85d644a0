import { Body, Controller, Get, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { SupplierService } from '@app/organisations';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { uuidParam } from '../http/uuid-param';
import { ApiProblems } from '../http/api-problems.decorator';
import { CreateSupplierRequestDto } from './dto/create-supplier.request.dto';
import { ListSuppliersQueryDto } from './dto/list-suppliers.query.dto';
import { SupplierPageResponseDto, SupplierResponseDto } from './dto/supplier.response.dto';
import { UpdateSupplierRequestDto } from './dto/update-supplier.request.dto';

@ApiTags('suppliers')
@Controller('suppliers')
export class SuppliersController {
  constructor(@Inject(SupplierService) private readonly suppliers: SupplierService) {}

  @Post()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Create the supplier profile of the signed-in supplier user (one per user)',
    description:
      'isSme and localTo are derived, never sent. A company number already registered answers 409 COMPANY_NUMBER_TAKEN ' +
      'and is flagged for administrators.',
  })
  @ApiCreatedResponse({ type: SupplierResponseDto })
  @ApiProblems(400, 401, 403, 409, 422)
  create(@CurrentActor() actor: Actor | undefined, @Body() body: CreateSupplierRequestDto): Promise<SupplierResponseDto> {
    return this.suppliers.create(actor, body);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Active suppliers, by name; filter by SME, VCSE and the council they are local to' })
  @ApiOkResponse({ type: SupplierPageResponseDto })
  @ApiProblems(400, 422)
  list(@Query() query: ListSuppliersQueryDto): Promise<SupplierPageResponseDto> {
    return this.suppliers.list({ sme: query.sme, vcse: query.vcse, localTo: query.localTo }, query.toPageRequest());
  }

  @Get(':id')
  @Public()
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'A supplier profile',
    description:
      "Anyone sees the public profile of an active supplier; the supplier's own users and administrators also see the " +
      'private fields, and a suspended supplier. Others get 404 for a suspended one.',
  })
  @ApiOkResponse({ type: SupplierResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<SupplierResponseDto> {
    return this.suppliers.get(actor, id);
  }

  @Patch(':id')
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: "Change a supplier profile (the supplier's own users or administrators)",
    description: 'Fields left out keep their value; offices replaces the list. Another supplier gets 404. Audited.',
  })
  @ApiOkResponse({ type: SupplierResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  update(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateSupplierRequestDto,
  ): Promise<SupplierResponseDto> {
    return this.suppliers.update(actor, id, body);
  }
}
