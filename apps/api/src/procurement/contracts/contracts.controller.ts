import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ContractService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Public } from '../../auth/public.decorator';
import { ApiProblems } from '../../http/api-problems.decorator';
import { uuidParam } from '../../http/uuid-param';
import { ContractPageResponseDto, ContractResponseDto } from './dto/contract.response.dto';
import { ListContractsQueryDto } from './dto/list-contracts.query.dto';
import { RecordContractRequestDto } from './dto/record-contract.request.dto';

@ApiTags('contracts')
@Controller('contracts')
export class ContractsController {
  constructor(@Inject(ContractService) private readonly contracts: ContractService) {}

  @Post()
  @ApiBearerAuth()
  @ApiOperation({
    summary: "Record an existing contract of the signed-in buyer's council",
    description:
      'For the register and the renewal pipeline. CPV codes and a given supplier id must exist; the extension date may not be before the end. ' +
      'Repeated direct awards to one supplier are flagged for administrators. Audited.',
  })
  @ApiCreatedResponse({ type: ContractResponseDto })
  @ApiProblems(400, 401, 403, 422)
  record(@CurrentActor() actor: Actor | undefined, @Body() body: RecordContractRequestDto): Promise<ContractResponseDto> {
    return this.contracts.record(actor, body);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'The contracts register, soonest ending first; filter by council, supplier, CPV prefix and end date' })
  @ApiOkResponse({ type: ContractPageResponseDto })
  @ApiProblems(400, 422)
  list(@Query() query: ListContractsQueryDto): Promise<ContractPageResponseDto> {
    const { council, supplier, cpv, endBefore, endAfter } = query;
    return this.contracts.list({ council, supplier, cpv, endBefore, endAfter }, query.toPageRequest());
  }

  @Get(':id')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'A contract in the register' })
  @ApiOkResponse({ type: ContractResponseDto })
  @ApiProblems(400, 404)
  get(@Param('id', uuidParam('id')) id: string): Promise<ContractResponseDto> {
    return this.contracts.get(id);
  }
}
