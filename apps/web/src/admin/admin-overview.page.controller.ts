import { Controller, Get, Inject, Render, Req, UseGuards } from '@nestjs/common';
import { IntegrityFlagService } from '@app/audit';
import { ListingModerationService } from '@app/catalogue';
import { UserAdminService } from '@app/identity';
import type { Request } from 'express';
import { AdminGuard } from './admin.guard';

/** Only the totals are wanted: one row per list keeps the count queries cheap. */
const COUNT_ONLY = { page: 1, pageSize: 1 };

@Controller('admin')
@UseGuards(AdminGuard)
export class AdminOverviewPageController {
  constructor(
    @Inject(UserAdminService) private readonly users: UserAdminService,
    @Inject(ListingModerationService) private readonly moderation: ListingModerationService,
    @Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService,
  ) {}

  @Get()
  @Render('admin/index')
  async overview(@Req() request: Request): Promise<{ counts: { pendingBuyers: number; queue: number; openFlags: number } }> {
    const [pendingBuyers, queue, openFlags] = await Promise.all([
      this.users.list(request.actor, { status: 'pending', role: 'buyer' }, COUNT_ONLY),
      this.moderation.queue(request.actor, COUNT_ONLY),
      this.flags.list(request.actor, { status: 'open' }, COUNT_ONLY),
    ]);
    return { counts: { pendingBuyers: pendingBuyers.total, queue: queue.total, openFlags: openFlags.total } };
  }
}
