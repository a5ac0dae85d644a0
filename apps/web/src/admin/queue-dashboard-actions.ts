/** What one state-changing call of Bull Board's API did, in the audit log's terms. */
export interface QueueAction {
  action: string;
  objectType: 'queue' | 'queue-job';
  objectId: string;
  /** Names and ids only: a job's data or a request body may hold personal data and never goes here. */
  details: Record<string, string>;
}

interface Route {
  method: string;
  /** Segments after `/api`; `:queue`, `:job`, `:status` and `:scheduler` capture one segment each. */
  path: string;
  action: string;
}

/**
 * Bull Board 9's non-GET routes (node_modules/@bull-board/api/dist/routes.js), in its own order: its
 * router takes the first match, so `/queues/q/retry/failed` is "retry all failed", not job "retry".
 */
const ROUTES: Route[] = [
  { method: 'PUT', path: '/queues/pause', action: 'queue.all.pause' },
  { method: 'PUT', path: '/queues/resume', action: 'queue.all.resume' },
  { method: 'POST', path: '/queues/:queue/add', action: 'queue.job.add' },
  { method: 'PUT', path: '/queues/:queue/retry/:status', action: 'queue.retry-all' },
  { method: 'PUT', path: '/queues/:queue/promote', action: 'queue.promote-all' },
  { method: 'PUT', path: '/queues/:queue/clean/:status', action: 'queue.clean' },
  { method: 'PUT', path: '/queues/:queue/pause', action: 'queue.pause' },
  { method: 'PUT', path: '/queues/:queue/resume', action: 'queue.resume' },
  { method: 'PUT', path: '/queues/:queue/concurrency', action: 'queue.concurrency.set' },
  { method: 'PUT', path: '/queues/:queue/rate-limit', action: 'queue.rate-limit.set' },
  { method: 'PUT', path: '/queues/:queue/rate-limit/release', action: 'queue.rate-limit.release' },
  { method: 'PUT', path: '/queues/:queue/empty', action: 'queue.empty' },
  { method: 'PUT', path: '/queues/:queue/obliterate', action: 'queue.obliterate' },
  { method: 'PUT', path: '/queues/:queue/job-schedulers/:scheduler/remove', action: 'queue.scheduler.remove' },
  { method: 'PATCH', path: '/queues/:queue/job-schedulers/:scheduler', action: 'queue.scheduler.update' },
  { method: 'PUT', path: '/queues/:queue/job-schedulers/:scheduler/run', action: 'queue.scheduler.run' },
  { method: 'PUT', path: '/queues/:queue/:job/retry', action: 'queue.job.retry' },
  { method: 'PUT', path: '/queues/:queue/:job/clean', action: 'queue.job.remove' },
  { method: 'PUT', path: '/queues/:queue/:job/promote', action: 'queue.job.promote' },
  { method: 'PATCH', path: '/queues/:queue/:job/update-data', action: 'queue.job.update-data' },
  { method: 'PATCH', path: '/queues/:queue/:job/delay', action: 'queue.job.delay' },
  { method: 'PATCH', path: '/queues/:queue/:job/priority', action: 'queue.job.priority' },
  { method: 'PUT', path: '/queues/:queue/:job/remove-unprocessed-children', action: 'queue.job.remove-children' },
  { method: 'POST', path: '/metrics/history/purge', action: 'queue.metrics.purge' },
];

/** Long enough for any queue name, job id or status; a longer segment is cut rather than stored whole. */
const MAX_SEGMENT = 200;

function segmentsOf(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment).slice(0, MAX_SEGMENT);
      } catch {
        return segment.slice(0, MAX_SEGMENT);
      }
    });
}

function captures(route: Route, segments: string[]): Record<string, string> | null {
  const pattern = segmentsOf(route.path);
  if (pattern.length !== segments.length) return null;
  const found: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    if (part.startsWith(':')) found[part.slice(1)] = segments[index];
    else if (part !== segments[index]) return null;
  }
  return found;
}

/**
 * The audit entry for a non-GET call to `/api/...` (the path below the dashboard's mount point). A
 * route Bull Board adds in a later version is still recorded, by its method and path, rather than
 * slipping through unaudited.
 */
export function queueActionOf(method: string, path: string): QueueAction | null {
  const segments = segmentsOf(path);
  if (segments[0] !== 'api') return null;
  const below = segments.slice(1);
  for (const route of ROUTES) {
    if (route.method !== method.toUpperCase()) continue;
    const found = captures(route, below);
    if (!found) continue;
    const { queue, job, ...rest } = found;
    if (queue !== undefined && job !== undefined) {
      return { action: route.action, objectType: 'queue-job', objectId: `${queue}/${job}`, details: { queue, job, ...rest } };
    }
    if (queue !== undefined) return { action: route.action, objectType: 'queue', objectId: queue, details: { queue, ...rest } };
    return { action: route.action, objectType: 'queue', objectId: 'all', details: { queues: 'all', ...rest } };
  }
  const request = `${method.toUpperCase()} /${segments.join('/')}`.slice(0, MAX_SEGMENT);
  return { action: 'queue.other', objectType: 'queue', objectId: 'all', details: { request } };
}
