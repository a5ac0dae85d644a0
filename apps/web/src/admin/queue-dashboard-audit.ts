import { Logger } from '@nestjs/common';
import { AuditService } from '@app/audit';
import type { Actor } from '@app/shared';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DataSource } from 'typeorm';
import { queueActionOf } from './queue-dashboard-actions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bull Board's handlers are its own and know nothing of our audit log, so the entry is written here,
 * around its router: once its answer is ready and only when it succeeded (status below 400). The answer
 * is held until the entry is committed, so an administrator who sees "done" can find it in the log.
 * The queue action has already happened by then: if the audit write fails the answer still goes out,
 * and the failure is logged (action and ids only, never the request body).
 */
export function auditQueueDashboardActions(dataSource: DataSource, audit: AuditService): RequestHandler {
  const logger = new Logger('QueueDashboardAudit');
  return (request: Request, response: Response, next: NextFunction) => {
    const action = SAFE_METHODS.has(request.method) ? null : queueActionOf(request.method, request.path);
    const actor = response.locals.actor as Actor | undefined;
    if (!action || !actor) {
      next();
      return;
    }
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.end = ((...args: unknown[]) => {
      if (response.statusCode >= 400) return end(...args);
      const requestId = (request as { id?: unknown }).id;
      audit
        .record(dataSource.manager, {
          actorUserId: actor.userId,
          action: action.action,
          objectType: action.objectType,
          objectId: action.objectId,
          before: null,
          after: action.details,
          requestId: typeof requestId === 'string' ? requestId : null,
        })
        .catch((error: unknown) => {
          logger.error(`Could not audit ${action.action} on ${action.objectType} ${action.objectId}: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => end(...args));
      return response;
    }) as Response['end'];
    next();
  };
}
