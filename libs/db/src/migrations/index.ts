import { Foundation1795819701014 } from './1795819701014-Foundation';

// Every migration, in order. Listed explicitly rather than globbed so the build output cannot drift.
export const MIGRATIONS = [Foundation1795819701014];
