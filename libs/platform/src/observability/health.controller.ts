import { Controller, Get, Inject, SetMetadata } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { PUBLIC_ROUTE } from '@app/shared';
import { ReadinessIndicators } from './readiness';

@ApiTags('operations')
@SetMetadata(PUBLIC_ROUTE, true)
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(ReadinessIndicators) private readonly readiness: ReadinessIndicators,
  ) {}

  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'The process is up' })
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'The process can reach PostgreSQL and Redis (503 otherwise)' })
  ready() {
    return this.health.check([() => this.readiness.database(), () => this.readiness.redisServer()]);
  }
}
