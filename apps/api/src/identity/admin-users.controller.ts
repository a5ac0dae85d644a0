import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { UserAdminService } from '@app/identity';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param';
import { ApiProblems } from '../http/api-problems.decorator';
import { ListUsersQueryDto } from './dto/list-users.query.dto';
import { UserAccountPageResponseDto, UserAccountResponseDto } from './dto/user-account.response.dto';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin/users')
export class AdminUsersController {
  constructor(@Inject(UserAdminService) private readonly users: UserAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Accounts, oldest first; ?status=pending is the approval queue (administrators only)' })
  @ApiOkResponse({ type: UserAccountPageResponseDto })
  @ApiProblems(400, 401, 403)
  list(@CurrentActor() actor: Actor | undefined, @Query() query: ListUsersQueryDto): Promise<UserAccountPageResponseDto> {
    return this.users.list(actor, { status: query.status, role: query.role }, query.toPageRequest());
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Approve a pending buyer: it becomes active and is told so (administrators only)' })
  @ApiOkResponse({ type: UserAccountResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  approve(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<UserAccountResponseDto> {
    return this.users.approve(actor, id);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Suspend an account: it cannot sign in and its tokens stop working (administrators only)' })
  @ApiOkResponse({ type: UserAccountResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  suspend(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<UserAccountResponseDto> {
    return this.users.suspend(actor, id);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Reinstate a suspended account (administrators only)',
    description: 'A buyer that was never approved goes back to pending; everyone else becomes active.',
  })
  @ApiOkResponse({ type: UserAccountResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  reinstate(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<UserAccountResponseDto> {
    return this.users.reinstate(actor, id);
  }
}
