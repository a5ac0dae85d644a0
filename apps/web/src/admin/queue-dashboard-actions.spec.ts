import { queueActionOf } from './queue-dashboard-actions';

describe('queueActionOf: what a Bull Board call did, for the audit log', () => {
  it('names a job action by its queue and job id', () => {
    expect(queueActionOf('PUT', '/api/queues/matching/42/retry')).toEqual({
      action: 'queue.job.retry',
      objectType: 'queue-job',
      objectId: 'matching/42',
      details: { queue: 'matching', job: '42' },
    });
    expect(queueActionOf('put', '/api/queues/notifications/repeat%3Aabc/clean')).toMatchObject({ action: 'queue.job.remove', objectId: 'notifications/repeat:abc' });
    expect(queueActionOf('PATCH', '/api/queues/matching/7/update-data')).toMatchObject({ action: 'queue.job.update-data', objectId: 'matching/7' });
  });

  it('takes the queue-wide route where Bull Board does: "retry/failed" is every failed job, not a job called "retry"', () => {
    expect(queueActionOf('PUT', '/api/queues/matching/retry/failed')).toEqual({
      action: 'queue.retry-all',
      objectType: 'queue',
      objectId: 'matching',
      details: { queue: 'matching', status: 'failed' },
    });
    expect(queueActionOf('PUT', '/api/queues/catalogue/clean/completed')).toMatchObject({ action: 'queue.clean', details: { queue: 'catalogue', status: 'completed' } });
    expect(queueActionOf('PUT', '/api/queues/scheduled/pause')).toMatchObject({ action: 'queue.pause', objectType: 'queue', objectId: 'scheduled' });
    expect(queueActionOf('PUT', '/api/queues/pause')).toMatchObject({ action: 'queue.all.pause', objectId: 'all' });
    expect(queueActionOf('PUT', '/api/queues/scheduled/job-schedulers/daily-digest/run')).toMatchObject({
      action: 'queue.scheduler.run',
      details: { queue: 'scheduled', scheduler: 'daily-digest' },
    });
  });

  it('still records a route it does not know, by method and path, and ignores paths outside the API', () => {
    expect(queueActionOf('DELETE', '/api/queues/matching/everything')).toEqual({
      action: 'queue.other',
      objectType: 'queue',
      objectId: 'all',
      details: { request: 'DELETE /api/queues/matching/everything' },
    });
    expect(queueActionOf('POST', '/queue/matching')).toBeNull();
  });
});
