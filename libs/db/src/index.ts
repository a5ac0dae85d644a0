export { BOOTSTRAP_LOCK_KEY, runMigrations, withAdvisoryLock } from './advisory-lock';
export { createDataSource, dataSourceOptions } from './data-source';
export type { EntityList } from './data-source';
export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgres } from './embedded-postgres';
export { ReferenceDataVersionOrmEntity } from './reference-data-version.orm-entity';
export { SnakeNamingStrategy } from './snake-naming.strategy';
export { DatabaseModule } from './database.module';
export { StatementCounter } from './statement-counter';
