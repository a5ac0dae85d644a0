import { Controller, Get, Inject, Query, Render, Req } from '@nestjs/common';
import { NotificationService } from '@app/notifications';
import type { Request } from 'express';
import { NotificationsPageView, toNotificationsPageView } from './notifications.view';

const PAGE_SIZE = 20;

/** A page number from the address; anything that is not one reads as the first page. */
function pageNumber(raw: string | undefined): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

@Controller('notifications')
export class NotificationsPageController {
  constructor(@Inject(NotificationService) private readonly notifications: NotificationService) {}

  /** The signed-in user's in-app notifications, newest first. */
  @Get()
  @Render('notifications/index')
  async list(@Req() request: Request, @Query('page') page?: string): Promise<{ notifications: NotificationsPageView }> {
    // The service decides who may read (any signed-in user, pending buyers included); signed out goes to sign in.
    const found = await this.notifications.listFor(request.actor, {}, { page: pageNumber(page), pageSize: PAGE_SIZE });
    return { notifications: toNotificationsPageView(found) };
  }
}
