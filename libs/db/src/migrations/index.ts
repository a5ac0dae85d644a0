import { Foundation1795819701014 } from './1795819701014-Foundation';
import { Catalogue1795821695578 } from './1795821695578-Catalogue';
import { SearchRevision1795821801119 } from './1795821801119-SearchRevision';
import { SearchPerformance1795821997848 } from './1795821997848-SearchPerformance';
import { ProcurementNeedsContracts1795822188941 } from './1795822188941-ProcurementNeedsContracts';
import { ProcurementJointOpportunities1795822781484 } from './1795822781484-ProcurementJointOpportunities';
import { Matching1795823784598 } from './1795823784598-Matching';
import { SearchStorage1795824117526 } from './1795824117526-SearchStorage';
import { SavedSearches1795824500000 } from './1795824500000-SavedSearches';
import { NotificationEmail1795829115626 } from './1795829115626-NotificationEmail';
import { OutboxRunAt1795829157656 } from './1795829157656-OutboxRunAt';
import { MatchingPerformance1795900000000 } from './1795900000000-MatchingPerformance';

// Every migration, in order. Listed explicitly rather than globbed so the build output cannot drift.
export const MIGRATIONS = [Foundation1795819701014, Catalogue1795821695578, SearchRevision1795821801119, SearchPerformance1795821997848, ProcurementNeedsContracts1795822188941, ProcurementJointOpportunities1795822781484, Matching1795823784598, SearchStorage1795824117526, SavedSearches1795824500000, NotificationEmail1795829115626, OutboxRunAt1795829157656, MatchingPerformance1795900000000];
