import { AuditEventOrmEntity } from './infrastructure/audit-event.orm-entity';
import { IntegrityFlagOrmEntity } from './infrastructure/integrity-flag.orm-entity';

export { AuditModule } from './audit.module';
export { AuditService } from './application/audit.service';
export type { AuditEntry, AuditEventView, AuditFilter } from './application/audit.service';
export { IntegrityFlagService } from './application/integrity-flag.service';
export type { IntegrityFinding, IntegrityFlagView } from './application/integrity-flag.service';

export const AUDIT_ENTITIES = [AuditEventOrmEntity, IntegrityFlagOrmEntity];
