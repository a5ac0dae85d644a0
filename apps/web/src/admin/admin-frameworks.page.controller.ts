import { Body, Controller, Get, Inject, Param, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import { FrameworkService, FrameworkStatus, isFrameworkStatus, isSlug, nextFrameworkStatus } from '@app/catalogue';
import { DomainError, MAX_PAGE_SIZE } from '@app/shared';
import type { Request, Response } from 'express';
import { AdminGuard } from './admin.guard';
import { FrameworkRowView, frameworkStatusLabel, toFrameworkRow } from './admin.views';

interface StatusChangePage {
  framework: { slug: string; name: string };
  from: string;
  to: { status: FrameworkStatus; label: string };
}

@Controller('admin/frameworks')
@UseGuards(AdminGuard)
export class AdminFrameworksPageController {
  constructor(@Inject(FrameworkService) private readonly frameworks: FrameworkService) {}

  /** A handful of frameworks exist at any time; one page of the largest size holds them all. */
  @Get()
  @Render('admin/frameworks')
  async list(): Promise<{ rows: FrameworkRowView[] }> {
    const page = await this.frameworks.list({}, { page: 1, pageSize: MAX_PAGE_SIZE });
    return { rows: page.items.map(toFrameworkRow) };
  }

  /** A status change is hard to undo (it only moves forward), so it is confirmed on its own page. */
  @Get(':slug/status')
  @Render('admin/framework-status')
  async confirm(@Param('slug') slug: string): Promise<StatusChangePage> {
    const framework = await this.frameworks.get(requireSlug(slug));
    const next = nextFrameworkStatus(framework.status);
    if (!next) throw new DomainError('invalid_state', 'FRAMEWORK_EXPIRED', 'An expired framework cannot change status');
    return {
      framework: { slug: framework.slug, name: framework.name },
      from: frameworkStatusLabel(framework.status),
      to: { status: next, label: frameworkStatusLabel(next) },
    };
  }

  @Post(':slug/status')
  async move(@Req() request: Request, @Res() response: Response, @Param('slug') slug: string, @Body() body: unknown): Promise<void> {
    const status = (body as Record<string, unknown> | undefined)?.status;
    // The status the confirmation page named: if another administrator moved it meanwhile, the service refuses (409).
    if (!isFrameworkStatus(status)) throw new DomainError('bad_request', 'FRAMEWORK_STATUS_MISSING', 'Go back to the frameworks and choose the change again');
    await this.frameworks.update(request.actor, requireSlug(slug), { status });
    response.redirect(303, '/admin/frameworks');
  }
}

/** A slug that could not be a framework's is a mistyped address: the 404 page. */
function requireSlug(slug: string): string {
  if (!isSlug(slug)) throw DomainError.notFound('Framework');
  return slug;
}
