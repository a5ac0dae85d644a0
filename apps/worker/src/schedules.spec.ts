import type { Queue } from 'bullmq';
import { registerSchedules, SCHEDULES } from './schedules';

describe('registerSchedules', () => {
  it('upserts the daily pipeline refresh at 06:00 UK time on the matching queue', async () => {
    const upsertJobScheduler = jest.fn<ReturnType<Queue['upsertJobScheduler']>, Parameters<Queue['upsertJobScheduler']>>();
    const queueFor = jest.fn((_name: string) => ({ upsertJobScheduler }));

    await registerSchedules(queueFor);

    expect(queueFor).toHaveBeenCalledWith('matching');
    expect(upsertJobScheduler).toHaveBeenCalledWith(
      'pipeline-refresh-daily',
      { pattern: '0 6 * * *', tz: 'Europe/London' },
      expect.objectContaining({ name: 'pipeline.refresh', data: {}, opts: expect.objectContaining({ attempts: 5 }) }),
    );
    expect(upsertJobScheduler).toHaveBeenCalledTimes(SCHEDULES.length);
  });

  it('upserts the five-minute overdue-opportunity sweep and the nightly housekeeping on the scheduled queue', async () => {
    const upsertJobScheduler = jest.fn<ReturnType<Queue['upsertJobScheduler']>, Parameters<Queue['upsertJobScheduler']>>();
    const queueFor = jest.fn((_name: string) => ({ upsertJobScheduler }));

    await registerSchedules(queueFor);

    expect(queueFor).toHaveBeenCalledWith('scheduled');
    expect(upsertJobScheduler).toHaveBeenCalledWith(
      'opportunity-close-overdue',
      { pattern: '*/5 * * * *', tz: 'Europe/London' },
      expect.objectContaining({ name: 'opportunity.close-overdue', data: {} }),
    );
    expect(upsertJobScheduler).toHaveBeenCalledWith(
      'housekeeping-daily',
      { pattern: '30 3 * * *', tz: 'Europe/London' },
      expect.objectContaining({ name: 'housekeeping.daily', data: {} }),
    );
  });

  it('upserts the daily saved-search digest at 07:00 UK time on the notifications queue', async () => {
    const upsertJobScheduler = jest.fn<ReturnType<Queue['upsertJobScheduler']>, Parameters<Queue['upsertJobScheduler']>>();
    const queueFor = jest.fn((_name: string) => ({ upsertJobScheduler }));

    await registerSchedules(queueFor);

    expect(queueFor).toHaveBeenCalledWith('notifications');
    expect(upsertJobScheduler).toHaveBeenCalledWith(
      'saved-search-digest-daily',
      { pattern: '0 7 * * *', tz: 'Europe/London' },
      expect.objectContaining({ name: 'saved-search.daily-digest', data: {} }),
    );
  });
});
