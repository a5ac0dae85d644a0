import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { StatementCounter } from '@app/db';
import type { NextFunction, Request, Response } from 'express';
import { MetricsRegistry } from './metrics';

/**
 * Counts each request's SQL statements into the `http_sql_statements` histogram and, when
 * EXPOSE_SQL_COUNT is on (benchmarks), into an X-Sql-Statements response header.
 */
@Injectable()
export class StatementCountMiddleware implements NestMiddleware {
  constructor(
    @Inject(MetricsRegistry) private readonly metrics: MetricsRegistry,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    StatementCounter.run(() => {
      if (this.config.exposeSqlCount) {
        const writeHead = res.writeHead;
        res.writeHead = ((...args: Parameters<Response['writeHead']>) => {
          res.setHeader('X-Sql-Statements', String(StatementCounter.current() ?? 0));
          return writeHead.apply(res, args);
        }) as Response['writeHead'];
      }
      res.on('finish', () => {
        const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
        this.metrics.sqlStatements.observe({ method: req.method, route: `${req.baseUrl}${route}` }, StatementCounter.current() ?? 0);
      });
      next();
    });
  }
}
