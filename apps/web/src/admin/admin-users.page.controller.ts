import { Controller, Get, Inject, Param, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import { UserAccountView, UserAdminService, UserStatus } from '@app/identity';
import { CouncilDirectory } from '@app/organisations';
import type { Actor } from '@app/shared';
import type { Request, Response } from 'express';
import { requirePageId } from '../catalogue/page-id';
import { AdminGuard } from './admin.guard';
import { ADMIN_PAGE_SIZE, readPage, readUserStatus, USER_STATUS_CHOICES } from './admin-query';
import { PaginationView, paginationOf, toUserRow, UserRowView } from './admin.views';

const STATUS_TABS: { [status in UserStatus]: string } = { pending: 'Waiting for approval', active: 'Active', suspended: 'Suspended' };

interface UsersPage {
  status: UserStatus;
  tabs: { text: string; href: string; current: boolean }[];
  rows: UserRowView[];
  total: number;
  pagination?: PaginationView;
}

@Controller('admin/users')
@UseGuards(AdminGuard)
export class AdminUsersPageController {
  constructor(
    @Inject(UserAdminService) private readonly users: UserAdminService,
    @Inject(CouncilDirectory) private readonly councils: CouncilDirectory,
  ) {}

  @Get()
  @Render('admin/users')
  async list(@Req() request: Request, @Query() query: unknown): Promise<UsersPage> {
    const status = readUserStatus(query);
    const page = await this.users.list(request.actor, { status }, { page: readPage(query), pageSize: ADMIN_PAGE_SIZE });
    const names = await this.councilNames(page.items.flatMap((user) => (user.councilCode ? [user.councilCode] : [])));
    const href = (n: number) => `/admin/users?status=${status}${n > 1 ? `&page=${n}` : ''}`;
    return {
      status,
      tabs: USER_STATUS_CHOICES.map((choice) => ({ text: STATUS_TABS[choice], href: `/admin/users?status=${choice}`, current: choice === status })),
      rows: page.items.map((user) => toUserRow(user, (code) => names.get(code), (request.actor as Actor).userId)),
      total: page.total,
      pagination: paginationOf(page, href),
    };
  }

  @Post(':id/approve')
  async approve(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    this.backToList(response, await this.users.approve(request.actor, requirePageId(id, 'User')));
  }

  @Post(':id/suspend')
  async suspend(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    this.backToList(response, await this.users.suspend(request.actor, requirePageId(id, 'User')));
  }

  @Post(':id/reinstate')
  async reinstate(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    this.backToList(response, await this.users.reinstate(request.actor, requirePageId(id, 'User')));
  }

  /** Back to the list the account now belongs in, so the administrator sees the change took effect. */
  private backToList(response: Response, user: UserAccountView): void {
    response.redirect(303, `/admin/users?status=${user.status}`);
  }

  /** One lookup per council on the page (a page lists a handful), not per user. */
  private async councilNames(codes: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    const found = await Promise.all(unique.map((code) => this.councils.find(code)));
    return new Map(found.flatMap((council) => (council ? [[council.gssCode, council.name] as [string, string]] : [])));
  }
}
