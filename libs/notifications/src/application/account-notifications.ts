import { Inject, Injectable, Logger } from '@nestjs/common';
import { UserDirectory } from '@app/identity';
import { CouncilDirectory } from '@app/organisations';
import { NotificationService } from './notification.service';

/** Tells people about account events; run by the worker from outbox jobs, so it must be idempotent. */
@Injectable()
export class AccountNotifications {
  private readonly logger = new Logger(AccountNotifications.name);

  constructor(
    @Inject(NotificationService) private readonly notifications: NotificationService,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(CouncilDirectory) private readonly councils: CouncilDirectory,
  ) {}

  async buyerAwaitingApproval(buyerId: string): Promise<number> {
    const buyer = await this.users.find(buyerId);
    if (!buyer || buyer.status !== 'pending') return 0; // approved or gone meanwhile: nothing to ask
    const council = buyer.councilCode ? await this.councils.find(buyer.councilCode) : null;
    const admins = await this.users.activeAdmins();
    if (admins.length === 0) this.logger.warn('A buyer awaits approval but there is no active administrator');
    return this.notifications.notify(
      admins.map((admin) => ({
        userId: admin.id,
        kind: 'buyer.awaiting-approval',
        title: `Approve ${buyer.fullName}?`,
        body: `${buyer.fullName} registered as a buyer for ${council?.name ?? 'an unknown council'} and is waiting for approval.`,
        link: `/admin/users?status=pending`,
        dedupeKey: `buyer-awaiting-approval/${buyer.id}/${admin.id}`,
      })),
    );
  }

  async buyerApproved(buyerId: string): Promise<number> {
    const buyer = await this.users.find(buyerId);
    if (!buyer || buyer.status !== 'active') return 0;
    const council = buyer.councilCode ? await this.councils.find(buyer.councilCode) : null;
    return this.notifications.notify([
      {
        userId: buyer.id,
        kind: 'buyer.approved',
        title: 'Your buyer account is approved',
        body: `You can now buy for ${council?.name ?? 'your council'}: search the catalogue, record needs and publish opportunities.`,
        link: '/',
        dedupeKey: `buyer-approved/${buyer.id}`,
      },
    ]);
  }
}
