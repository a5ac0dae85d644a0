import { Controller, Get, Inject, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import { AuditService, IntegrityFlagService } from '@app/audit';
import { UserDirectory } from '@app/identity';
import type { Request, Response } from 'express';
import { formErrors, FormErrors } from '../http/form-errors';
import { AdminGuard } from './admin.guard';
import { ADMIN_PAGE_SIZE, AUDIT_OBJECT_TYPES, auditHref, AuditQueryValues, FLAG_STATUS_CHOICES, FlagStatus, readAuditQuery, readFlagStatus, readPage } from './admin-query';
import { AuditRowView, FlagRowView, PaginationView, paginationOf, toAuditRow, toFlagRow } from './admin.views';

interface AuditPage {
  values: AuditQueryValues;
  objectTypes: { value: string; text: string; selected: boolean }[];
  errors?: FormErrors;
  rows: AuditRowView[];
  total?: number;
  pagination?: PaginationView;
}

interface FlagsPage {
  status: FlagStatus;
  tabs: { text: string; href: string; current: boolean }[];
  rows: FlagRowView[];
  total: number;
  pagination?: PaginationView;
}

const FLAG_TABS: { [status in FlagStatus]: string } = { open: 'Open', dismissed: 'Dismissed', resolved: 'Resolved' };

/** The read-only records administrators keep an eye on: the audit log and the integrity flags. */
@Controller('admin')
@UseGuards(AdminGuard)
export class AdminRecordsPageController {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService,
    @Inject(UserDirectory) private readonly directory: UserDirectory,
  ) {}

  @Get('audit')
  @Render('admin/audit')
  async auditLog(@Req() request: Request, @Res({ passthrough: true }) response: Response, @Query() query: unknown): Promise<AuditPage> {
    const form = readAuditQuery(query);
    const objectTypes = [
      { value: '', text: 'Any', selected: form.values.objectType === '' },
      ...AUDIT_OBJECT_TYPES.map((type) => ({ value: type, text: type, selected: type === form.values.objectType })),
    ];
    if (!form.ok) {
      // The filters again with an error summary; no search runs on a date that is not one.
      response.status(400);
      return { values: form.values, objectTypes, errors: formErrors(form.errors), rows: [] };
    }
    const page = await this.audit.list(request.actor, form.filter, { page: form.values.page, pageSize: ADMIN_PAGE_SIZE });
    const names = await this.actorNames(page.items.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])));
    return {
      values: form.values,
      objectTypes,
      rows: page.items.map((event) => toAuditRow(event, (id) => names.get(id))),
      total: page.total,
      pagination: paginationOf(page, (n) => auditHref(form.values, n)),
    };
  }

  @Get('integrity-flags')
  @Render('admin/integrity-flags')
  async integrityFlags(@Req() request: Request, @Query() query: unknown): Promise<FlagsPage> {
    const status = readFlagStatus(query);
    const page = await this.flags.list(request.actor, { status }, { page: readPage(query), pageSize: ADMIN_PAGE_SIZE });
    return {
      status,
      tabs: FLAG_STATUS_CHOICES.map((choice) => ({ text: FLAG_TABS[choice], href: `/admin/integrity-flags?status=${choice}`, current: choice === status })),
      rows: page.items.map(toFlagRow),
      total: page.total,
      pagination: paginationOf(page, (n) => `/admin/integrity-flags?status=${status}${n > 1 ? `&page=${n}` : ''}`),
    };
  }

  /** Names for the few distinct administrators on a page, one lookup each. */
  private async actorNames(ids: string[]): Promise<Map<string, string>> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.directory.find(id)));
    return new Map(found.flatMap((user) => (user ? [[user.id, user.fullName] as [string, string]] : [])));
  }
}
