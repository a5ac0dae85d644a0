import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { AuthService } from '@app/identity';
import { createRedis, QUEUE_NAMES } from '@app/queue';
import { Queue } from 'bullmq';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { signInUrl } from '../http/return-to';
import { auditQueueDashboardActions } from './queue-dashboard-audit';
import { isSameOriginRequest } from './same-origin-request';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board's own page loads its scripts and styles relative to a <base href>, styles its loading
 * screen inline and uses data: icons; the site-wide policy forbids all three. Relaxed here only, and
 * still no inline or third-party script (its web fonts from Google are refused and fall back).
 */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The BullMQ dashboard for administrators, on every queue in QUEUE_NAMES. It is an Express app of its
 * own, mounted before Nest's routes, so neither the admin guard nor the actor middleware runs for it:
 * `handlers` starts with its own check of the session's user, as fresh as the pages' (a suspended
 * admin is refused at once), then audits every change the board makes.
 */
@Injectable()
export class QueueDashboard implements OnApplicationShutdown {
  private readonly connection: Redis;
  private readonly queues: Queue[];
  readonly handlers: RequestHandler[];

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(DataSource) dataSource: DataSource,
    @Inject(AuditService) audit: AuditService,
  ) {
    // Fails fast while Redis is down: the board shows an error instead of hanging the request.
    this.connection = createRedis(config.redis.url, 'client');
    this.connection.on('error', () => undefined); // the session store already reports Redis outages
    this.queues = QUEUE_NAMES.map((name) => new Queue(name, { connection: this.connection, prefix: config.redis.queuePrefix }));
    for (const queue of this.queues) queue.on('error', () => undefined);
    const board = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Procurement Commons queues' } },
    });
    this.handlers = [
      (request, response, next) => void this.adminsOnly(request, response, next).catch(next),
      auditQueueDashboardActions(dataSource, audit),
      board.getRouter() as RequestHandler,
    ];
  }

  private async adminsOnly(request: Request, response: Response, next: NextFunction): Promise<void> {
    const userId = request.session?.userId;
    const actor = userId ? await this.auth.actorForUser(userId) : null;
    if (!actor) {
      response.redirect(303, signInUrl(request));
      return;
    }
    // The error page's layout reads these, as the actor middleware sets them for every other page.
    response.locals.actor = actor;
    response.locals.currentPath = request.originalUrl.split('?')[0];
    if (actor.role !== 'admin' || actor.status !== 'active') {
      response.status(403).render('errors/forbidden', { message: 'Only administrators can see the job queues.' });
      return;
    }
    // The board's fetch calls carry no CSRF token of ours (CsrfGuard is Nest's and never sees them).
    // The Lax session cookie keeps other sites out, but not a sibling site under the same domain, so
    // every state-changing call must show it comes from this origin.
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (!safe && !isSameOriginRequest(request, this.config.publicBaseUrl)) {
      response.status(403).render('errors/forbidden', { message: 'You do not have permission to do this.' });
      return;
    }
    response.setHeader('Content-Security-Policy', DASHBOARD_CSP);
    next();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
    this.connection.disconnect();
  }
}
