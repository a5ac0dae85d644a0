import { Inject, Injectable } from '@nestjs/common';
import { AccountNotifications } from '@app/notifications';
import { JobHandler, JobPayloads } from '@app/queue';

@Injectable()
export class BuyerAwaitingApprovalHandler implements JobHandler<'buyer.awaiting-approval'> {
  readonly jobName = 'buyer.awaiting-approval' as const;

  constructor(@Inject(AccountNotifications) private readonly notifications: AccountNotifications) {}

  async handle({ userId }: JobPayloads['buyer.awaiting-approval']): Promise<void> {
    await this.notifications.buyerAwaitingApproval(userId);
  }
}

@Injectable()
export class BuyerApprovedHandler implements JobHandler<'buyer.approved'> {
  readonly jobName = 'buyer.approved' as const;

  constructor(@Inject(AccountNotifications) private readonly notifications: AccountNotifications) {}

  async handle({ userId }: JobPayloads['buyer.approved']): Promise<void> {
    await this.notifications.buyerApproved(userId);
  }
}
