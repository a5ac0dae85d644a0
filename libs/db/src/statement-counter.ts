import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface Counter {
  statements: number;
}

const storage = new AsyncLocalStorage<Counter>();

/**
 * Counts the SQL statements one unit of work (an HTTP request) sends, so "at most 3 statements per
 * search" is measured rather than hoped for. TypeORM reports every query to its logger; this
 * logger only counts, into the counter of the request that is running.
 */
export const StatementCounter = {
  run<T>(work: () => T): T {
    return storage.run({ statements: 0 }, work);
  },
  current(): number | undefined {
    return storage.getStore()?.statements;
  },
};

export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const counter = storage.getStore();
    if (counter) counter.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
