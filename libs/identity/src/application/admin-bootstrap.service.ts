import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/shared';
import { DataSource } from 'typeorm';
import { accountFieldErrors } from '../domain/account-fields';
import { normaliseEmail } from '../domain/email';
import { toAccountView } from '../infrastructure/user.mapper';
import { UserOrmEntity } from '../infrastructure/user.orm-entity';
import { PasswordHasher } from './password-hasher';
import type { UserAccountView } from './user.views';

export type FirstAdminOutcome = 'created' | 'exists' | 'not-configured';

/** Administrators never register: the first comes from ADMIN_EMAIL/ADMIN_PASSWORD, others from the CLI. */
@Injectable()
export class AdminBootstrapService {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Creates the configured administrator unless an account with that email exists; safe to run on
   * every start and from several processes at once. An existing account is never changed, so
   * editing ADMIN_PASSWORD later does not reset anyone's password.
   */
  async ensureFirstAdmin(): Promise<FirstAdminOutcome> {
    const admin = this.config.admin;
    if (!admin) return 'not-configured';
    const email = normaliseEmail(admin.email);
    const existing = await this.dataSource.getRepository(UserOrmEntity).findOneBy({ email });
    if (existing) {
      if (existing.role !== 'admin') {
        this.logger.warn('ADMIN_EMAIL belongs to an account that is not an administrator; it was left as it is');
      }
      return 'exists';
    }
    try {
      await this.createAdmin(email, admin.password, 'Administrator');
      this.logger.log('Created the first administrator from ADMIN_EMAIL');
      return 'created';
    } catch (error) {
      if (error instanceof DomainError && error.code === 'EMAIL_TAKEN') return 'exists';
      throw error;
    }
  }

  /** An active administrator; DomainError validation for bad fields, conflict when the email is taken. */
  async createAdmin(email: string, password: string, fullName: string): Promise<UserAccountView> {
    const errors = accountFieldErrors({ email, password, fullName });
    if (errors.length > 0) throw DomainError.validation('INVALID_ADMIN', errors);
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(UserOrmEntity)
        .values({
          email: normaliseEmail(email),
          fullName: fullName.trim(),
          passwordHash,
          role: 'admin',
          status: 'active',
          councilCode: null,
          approvedAt: new Date(),
          approvedBy: null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const rows: unknown = inserted.raw;
      const userId = Array.isArray(rows) ? (rows[0] as { id?: string } | undefined)?.id : undefined;
      if (!userId) throw new DomainError('conflict', 'EMAIL_TAKEN', 'An account with this email already exists');
      const user = await manager.findOneByOrFail(UserOrmEntity, { id: userId });
      await this.audit.record(manager, {
        actorUserId: null,
        action: 'user.created',
        objectType: 'user',
        objectId: userId,
        before: null,
        after: { role: 'admin', status: 'active', councilCode: null },
      });
      return toAccountView(user);
    });
  }
}
