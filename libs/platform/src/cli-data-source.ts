// The data source the TypeORM CLI uses to generate migrations: `npm run db:migration:generate -- libs/db/src/migrations/Name`.
import 'reflect-metadata';
import { createDataSource } from '@app/db';
import { ENTITIES } from './entities';

export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', ENTITIES);
