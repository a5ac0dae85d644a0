import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService, IntegrityFlagService } from '@app/audit';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuditQueryDto, IntegrityFlagQueryDto } from './audit-query.dto';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin')
export class AdminAuditController {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService,
  ) {}

  @Get('audit')
  @ApiOperation({ summary: 'The audit log, newest first (administrators only)' })
  @ApiOkResponse({ description: '{ items, total, page, pageSize } of audit events' })
  list(@CurrentActor() actor: Actor | undefined, @Query() query: AuditQueryDto) {
    return this.audit.list(
      actor,
      {
        action: query.action,
        objectType: query.objectType,
        objectId: query.objectId,
        actorUserId: query.actorUserId,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      },
      query.toPageRequest(),
    );
  }

  @Get('integrity-flags')
  @ApiOperation({ summary: 'Integrity flags raised as things happen, newest first (administrators only)' })
  @ApiOkResponse({ description: '{ items, total, page, pageSize } of integrity flags' })
  flagsList(@CurrentActor() actor: Actor | undefined, @Query() query: IntegrityFlagQueryDto) {
    return this.flags.list(actor, { status: query.status, kind: query.kind }, query.toPageRequest());
  }
}
