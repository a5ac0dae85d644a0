import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '@app/config';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { OutboxMessageOrmEntity } from './outbox-message.orm-entity';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';
import { QueueProducer } from './queue-producer';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Delayed jobs through the outbox, against the real PostgreSQL and Redis. */
describe('outbox relay: jobs with a run-at time', () => {
  let db: TestDatabase;
  let producer: QueueProducer;
  let relay: OutboxRelay;
  const outbox = new OutboxService();

  beforeAll(async () => {
    db = await createTestDatabase([OutboxMessageOrmEntity]);
    producer = new QueueProducer(loadConfig({ REDIS_URL, QUEUE_PREFIX: `pc-test-outbox-${randomBytes(5).toString('hex')}` }));
    relay = new OutboxRelay(db.dataSource, producer);
  });

  afterAll(async () => {
    await producer?.queue('notifications').obliterate({ force: true });
    await producer?.onApplicationShutdown();
    await db?.drop();
  });

  it('holds a job until its run-at time, counted from when it is relayed, and runs an overdue or undated one at once', async () => {
    const runAt = new Date(Date.now() + 60_000);
    const [later, overdue, undated] = [randomUUID(), randomUUID(), randomUUID()];
    await db.dataSource.transaction(async (manager) => {
      await outbox.enqueue(manager, { name: 'buyer.approved', payload: { userId: later }, jobId: `later-${later}`, runAt });
      await outbox.enqueue(manager, { name: 'buyer.approved', payload: { userId: overdue }, jobId: `overdue-${overdue}`, runAt: new Date(Date.now() - 1_000) });
      await outbox.enqueue(manager, { name: 'buyer.approved', payload: { userId: undated }, jobId: `undated-${undated}` });
    });
    // Relayed a while after it was written, as after a Redis outage: still due at its own time, not later.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await relay.relayOnce()).toBe(3);

    const queue = producer.queue('notifications');
    const held = (await queue.getJob(`later-${later}`))!;
    expect(await held.getState()).toBe('delayed');
    expect(Math.abs(held.timestamp + held.delay - runAt.getTime())).toBeLessThan(500);
    expect(await (await queue.getJob(`overdue-${overdue}`))!.getState()).toBe('waiting');
    expect(await (await queue.getJob(`undated-${undated}`))!.getState()).toBe('waiting');
    // The default retries still apply to a delayed job.
    expect(held.opts.attempts).toBe(5);
  });
});
