import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { CouncilDirectory, CouncilSummary, SupplierMembership } from '@app/organisations';
import { OutboxService } from '@app/queue';
import { Actor, DomainError, FieldError, requireActor } from '@app/shared';
import { DataSource, IsNull } from 'typeorm';
import { accountFieldErrors } from '../domain/account-fields';
import { isUuid } from '../domain/ids';
import { hashToken, looksLikeToken, newTokenSecret } from '../domain/api-token';
import { isOnEmailDomains, normaliseEmail } from '../domain/email';
import { initialStatus, SELF_REGISTERED_ROLES } from '../domain/user-status';
import { ApiTokenOrmEntity } from '../infrastructure/api-token.orm-entity';
import { auditStateOf, toActor, toProfile } from '../infrastructure/user.mapper';
import { UserOrmEntity } from '../infrastructure/user.orm-entity';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import type { AccessToken, Registration, UserProfile } from './user.views';

/** One error for a wrong password and an unknown email, so the answer says nothing about who has an account. */
function invalidCredentials(): DomainError {
  return new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'Email or password is incorrect');
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(LoginThrottle) private readonly throttle: LoginThrottle,
    @Inject(CouncilDirectory) private readonly councils: CouncilDirectory,
    @Inject(SupplierMembership) private readonly memberships: SupplierMembership,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Creates the account, or, when the email is already registered, does nothing and returns just
   * the same (after hashing the password all the same), so registering cannot be used to find out
   * who has an account. Callers must answer both cases with one message.
   */
  async register(input: Registration, requestAddress: string): Promise<void> {
    const council = await this.checkRegistration(input);
    await this.throttle.registering(requestAddress);
    const email = normaliseEmail(input.email);
    const passwordHash = await this.hasher.hash(input.password);
    const status = initialStatus(input.role, council !== null && isOnEmailDomains(email, council.emailDomains));
    await this.dataSource.transaction(async (manager) => {
      // ON CONFLICT DO NOTHING: an existing email (or a concurrent registration of it) inserts no row.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(UserOrmEntity)
        .values({
          email,
          fullName: input.fullName.trim(),
          passwordHash,
          role: input.role,
          status,
          councilCode: council?.gssCode ?? null,
          approvedAt: input.role === 'buyer' && status === 'active' ? new Date() : null,
          approvedBy: null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const rows: unknown = inserted.raw;
      const userId = Array.isArray(rows) ? (rows[0] as { id?: string } | undefined)?.id : undefined;
      if (!userId) return;
      await this.audit.record(manager, {
        actorUserId: userId,
        action: 'user.registered',
        objectType: 'user',
        objectId: userId,
        before: null,
        after: auditStateOf({ role: input.role, status, councilCode: council?.gssCode ?? null }),
      });
      if (status === 'pending') {
        await this.outbox.enqueue(manager, {
          name: 'buyer.awaiting-approval',
          payload: { userId },
          jobId: `buyer-awaiting-approval-${userId}`,
        });
      }
    });
  }

  /**
   * Checks the password and returns who signed in. Wrong password and unknown email fail alike,
   * in about the same time. Throttled per account and per address (see LoginThrottle). A suspended
   * user with the right password is told so: only the holder of the password learns it.
   * Pending buyers do sign in; requireActive stops them acting until approved.
   */
  async authenticate(email: string, password: string, address: string): Promise<Actor> {
    const normalised = normaliseEmail(email);
    await this.throttle.begin(normalised, address);
    const user = normalised ? await this.dataSource.getRepository(UserOrmEntity).findOneBy({ email: normalised }) : null;
    const matches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !matches) throw invalidCredentials();
    await this.throttle.succeeded(normalised, address);
    if (this.hasher.needsRehash(user.passwordHash)) {
      await this.dataSource
        .getRepository(UserOrmEntity)
        .update({ id: user.id }, { passwordHash: await this.hasher.hash(password) });
    }
    if (user.status === 'suspended') {
      throw new DomainError('forbidden', 'ACCOUNT_SUSPENDED', 'Your account is suspended; contact the framework administrators');
    }
    return this.actorOf(user);
  }

  /** A new bearer token for the actor; the database keeps only its SHA-256. */
  async issueToken(actor: Actor): Promise<AccessToken> {
    const known = requireActor(actor);
    if (known.status === 'suspended') {
      throw new DomainError('forbidden', 'ACCOUNT_SUSPENDED', 'Your account is suspended; contact the framework administrators');
    }
    const accessToken = newTokenSecret();
    const expiresIn = this.config.auth.tokenTtlMinutes * 60;
    const expiresAt = new Date(Date.now() + expiresIn * 1000);
    await this.dataSource
      .getRepository(ApiTokenOrmEntity)
      .insert({ userId: known.userId, tokenHash: hashToken(accessToken), expiresAt, revokedAt: null });
    return { accessToken, tokenType: 'Bearer', expiresIn, expiresAt: expiresAt.toISOString() };
  }

  /** The actor a bearer token stands for; null when it is unknown, expired, revoked or its user suspended. */
  async actorForToken(token: string): Promise<Actor | null> {
    if (!looksLikeToken(token)) return null;
    const user = await this.dataSource
      .getRepository(UserOrmEntity)
      .createQueryBuilder('user')
      .innerJoin(ApiTokenOrmEntity, 'token', 'token.userId = user.id')
      .where('token.tokenHash = :hash', { hash: hashToken(token) })
      .andWhere('token.revokedAt IS NULL')
      .andWhere('token.expiresAt > now()')
      .getOne();
    return user && user.status !== 'suspended' ? this.actorOf(user) : null;
  }

  /** Idempotent; an unknown token is silently ignored. */
  async revokeToken(token: string): Promise<void> {
    if (!looksLikeToken(token)) return;
    await this.dataSource
      .getRepository(ApiTokenOrmEntity)
      .update({ tokenHash: hashToken(token), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** For session-based transports (the web app): the actor for a stored user id, null if gone or suspended. */
  async actorForUser(userId: string): Promise<Actor | null> {
    if (!isUuid(userId)) return null;
    const user = await this.dataSource.getRepository(UserOrmEntity).findOneBy({ id: userId });
    return user && user.status !== 'suspended' ? this.actorOf(user) : null;
  }

  /** What GET /me shows. */
  async profile(actor: Actor | undefined): Promise<UserProfile> {
    const known = requireActor(actor);
    const user = await this.dataSource.getRepository(UserOrmEntity).findOneBy({ id: known.userId });
    if (!user) throw DomainError.notFound('User');
    return toProfile(user, known.supplierId);
  }

  private async actorOf(user: UserOrmEntity): Promise<Actor> {
    const supplierId = user.role === 'supplier' ? await this.memberships.supplierIdFor(user.id) : null;
    return toActor(user, supplierId);
  }

  /** Field rules first (no I/O), then the council, so every caller gets the same named errors. */
  private async checkRegistration(input: Registration): Promise<CouncilSummary | null> {
    const errors: FieldError[] = accountFieldErrors(input);
    if (!(SELF_REGISTERED_ROLES as readonly string[]).includes(input.role)) {
      errors.push({ field: 'role', message: `role must be one of ${SELF_REGISTERED_ROLES.join(', ')}` });
    }
    const councilCode = input.councilCode?.trim() || null;
    if (input.role === 'buyer' && !councilCode) {
      errors.push({ field: 'councilCode', message: 'councilCode is required for buyers' });
    }
    if (errors.length > 0) throw DomainError.validation('INVALID_REGISTRATION', errors);
    if (input.role !== 'buyer' || !councilCode) return null;
    const council = await this.councils.find(councilCode);
    if (!council) throw DomainError.field('councilCode', 'no council has this GSS code', 'UNKNOWN_COUNCIL');
    return council;
  }
}
