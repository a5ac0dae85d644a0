import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthService } from '@app/identity';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { MeResponseDto } from './dto/me.response.dto';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Get()
  @ApiOperation({ summary: 'Who I am signed in as, including my status (a pending buyer sees it here)' })
  @ApiOkResponse({ type: MeResponseDto })
  @ApiProblems(401)
  me(@CurrentActor() actor: Actor | undefined): Promise<MeResponseDto> {
    return this.auth.profile(actor);
  }
}
