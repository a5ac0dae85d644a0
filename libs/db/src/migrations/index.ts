import { Foundation1795819541827 } from './1795819541827-Foundation';

// Every migration, in order. Listed explicitly rather than globbed so the build output cannot drift.
export const MIGRATIONS = [Foundation1795819541827];
