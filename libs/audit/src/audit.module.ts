import { Module } from '@nestjs/common';
import { AuditService } from './application/audit.service';
import { IntegrityFlagService } from './application/integrity-flag.service';

@Module({ providers: [AuditService, IntegrityFlagService], exports: [AuditService, IntegrityFlagService] })
export class AuditModule {}
