import { JobHandler, JobHandlerRegistry } from './job-handler';
import { JOB_NAMES, JobName } from './jobs';

function handlerFor(jobName: JobName, seen: unknown[] = []): JobHandler {
  return { jobName, handle: async (payload) => void seen.push(payload) };
}

describe('JobHandlerRegistry', () => {
  it('refuses to start when a job has no handler', () => {
    const [first, ...rest] = JOB_NAMES;
    expect(() => new JobHandlerRegistry(rest.map((name) => handlerFor(name)))).toThrow(`no handler for ${first}`);
  });

  it('refuses two handlers for one job', () => {
    const handlers = [...JOB_NAMES.map((name) => handlerFor(name)), handlerFor(JOB_NAMES[0])];
    expect(() => new JobHandlerRegistry(handlers)).toThrow(`more than one handler for ${JOB_NAMES[0]}`);
  });

  it('checks the payload before the handler sees it', async () => {
    const seen: unknown[] = [];
    const registry = new JobHandlerRegistry(JOB_NAMES.map((name) => handlerFor(name, seen)));
    const context = { jobId: 'x', attempt: 1 };
    await expect(registry.dispatch('buyer.approved', { userId: 'not-a-uuid' }, context)).rejects.toThrow();
    await expect(registry.dispatch('no.such.job', {}, context)).rejects.toThrow('unknown job no.such.job');
    const userId = '6f1c2f43-7a1e-4a52-9d0a-0a4f6b0e8c11';
    await registry.dispatch('buyer.approved', { userId }, context);
    expect(seen).toEqual([{ userId }]);
  });
});
