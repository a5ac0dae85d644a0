import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@app/config';
import { NewNotification, NotificationService } from '@app/notifications';
import { createRedis } from '@app/queue';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { NotificationEmailHandler } from '../../apps/worker/src/processors/notification-email.handlers';
import { ApiTestApp, startApiForTest } from '../support/api-test-app';
import { waitFor } from '../support/processes';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const PUBLIC_BASE_URL = 'https://commons.test';
const MAIL_FROM = 'Procurement Commons <no-reply@commons.test>';

/**
 * Notifications by email, end to end: NotificationService.notify writes the notice and its job in one
 * transaction, the worker's relay hands it to BullMQ, and the handler sends it to a real SMTP server.
 */
describe('notification emails through the outbox, the worker and SMTP', () => {
  let api: ApiTestApp;
  let sink: SmtpSink;
  let worker: INestApplication;
  let connection: Redis;
  let queue: Queue;
  const run = randomBytes(4).toString('hex');

  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await startApiForTest({ env: { SMTP_URL: sink.url, MAIL_FROM, PUBLIC_BASE_URL } });
    worker = await createWorkerApp(api.config, { logger: false });
    connection = createRedis(api.config.redis.url, 'worker');
    queue = new Queue('notifications', { connection, prefix: api.config.redis.queuePrefix });
  }, 120_000);

  afterAll(async () => {
    await queue?.close();
    connection?.disconnect();
    await worker?.close();
    await api?.close();
    await sink?.close();
  });

  const supplier = async (name: string, domain = 'supplier.test') => {
    const email = `${name}-${run}@${domain}`;
    const password = 'a long supplier password';
    const token = await api.registerAndSignIn({ email, password, fullName: `Sam ${name}`, role: 'supplier' });
    const [{ id }] = (await api.db.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])) as { id: string }[];
    return { id, email, token };
  };
  const notify = (notices: NewNotification[]) => worker.get(NotificationService).notify(notices);
  const notificationRow = async (dedupeKey: string) =>
    ((await api.db.dataSource.query('SELECT id, emailed_at FROM notification WHERE dedupe_key = $1', [dedupeKey])) as { id: string; emailed_at: Date | null }[])[0];
  const emailJob = async (notificationId: string): Promise<Job | undefined> => queue.getJob(`notification-email-${notificationId}`);
  const settled = async (notificationId: string) =>
    waitFor(
      'the email job to finish',
      async () => {
        const state = await (await emailJob(notificationId))?.getState();
        if (state !== 'completed' && state !== 'failed') return undefined;
        // Read the job again once it has settled: a copy read just before it failed lacks its attempts and reason.
        return { job: (await emailJob(notificationId))!, state };
      },
      20_000,
    );

  it('emails a new notification to its user once, with subject, link and sender, even when the job runs again', async () => {
    const sam = await supplier('sam');
    const dedupeKey = `opportunity-match/${run}/sam`;
    expect(
      await notify([
        {
          userId: sam.id,
          kind: 'opportunity.match',
          title: 'An opportunity matches your listing "Cloud <hosting> & support"',
          body: '"Revenues and benefits system" is open for responses: both buy 72260000.',
          link: `/opportunities/${run}`,
          dedupeKey,
        },
      ]),
    ).toBe(1);

    const [email] = await waitFor('the email', async () => (sink.to(sam.email).length ? sink.to(sam.email) : undefined), 20_000);
    const { id } = await notificationRow(dedupeKey);
    expect(email.headers.get('subject')).toBe('An opportunity matches your listing "Cloud <hosting> & support"');
    expect(email.headers.get('from')).toBe(MAIL_FROM);
    expect(email.headers.get('to')).toBe(sam.email);
    expect(email.headers.get('message-id')).toBe(`<notification.${id}@commons.test>`);
    expect(email.text).toContain('Hello Sam sam,');
    expect(email.text).toContain(`Open it: ${PUBLIC_BASE_URL}/opportunities/${run}`);
    expect(email.html).toContain(`<a href="${PUBLIC_BASE_URL}/opportunities/${run}">`);
    expect(email.html).toContain('Cloud &lt;hosting&gt; &amp; support');
    await waitFor('the notification marked as emailed', async () => ((await notificationRow(dedupeKey)).emailed_at ? true : undefined), 10_000);

    // BullMQ delivers at least once: the same job again sends nothing.
    await worker.get(NotificationEmailHandler).handle({ notificationId: id }, { jobId: `notification-email-${id}`, attempt: 2 });
    expect(sink.to(sam.email)).toHaveLength(1);

    // A crash between sending and marking: the job runs again and the copy says it is the same message.
    await api.db.dataSource.query('UPDATE notification SET emailed_at = NULL WHERE id = $1', [id]);
    await worker.get(NotificationEmailHandler).handle({ notificationId: id }, { jobId: `notification-email-${id}`, attempt: 3 });
    expect(sink.to(sam.email).map((copy) => copy.headers.get('message-id'))).toEqual([`<notification.${id}@commons.test>`, `<notification.${id}@commons.test>`]);
  });

  it('sends nothing for a notification it already told (a dedupe hit)', async () => {
    const kim = await supplier('kim');
    const notice = (dedupeKey: string, title: string): NewNotification => ({ userId: kim.id, kind: 'listing.approved', title, body: 'Buyers can find it now.', link: null, dedupeKey });
    expect(await notify([notice(`listing-approved/${run}/kim`, 'Your listing "Payroll" is published')])).toBe(1);
    await waitFor('the first email', async () => (sink.to(kim.email).length === 1 ? true : undefined), 20_000);

    // Told again (a re-run job): nothing new is written, so no email job either.
    expect(await notify([notice(`listing-approved/${run}/kim`, 'Your listing "Payroll" is published')])).toBe(0);
    const jobs = (await api.db.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_message WHERE job_name = 'notification.email' AND payload->>'notificationId' IN (SELECT id::text FROM notification WHERE user_id = $1)`,
      [kim.id],
    )) as { count: number }[];
    expect(jobs[0].count).toBe(1);
    // A later, different notice arrives; the repeated one never did.
    expect(await notify([notice(`listing-approved/${run}/kim-2`, 'Your listing "Pensions" is published')])).toBe(1);
    await waitFor('the second email', async () => (sink.to(kim.email).length === 2 ? true : undefined), 20_000);
    expect(sink.to(kim.email).map((email) => email.headers.get('subject'))).toEqual(['Your listing "Payroll" is published', 'Your listing "Pensions" is published']);
  });

  it('retries when the server says "try later", and gives up at once on a mailbox that does not exist', async () => {
    const flaky = await supplier('flaky', 'greylisting.test');
    const gone = await supplier('gone', 'bounce.test');
    let greylisted = 0;
    sink.refuse((address) => {
      if (address === gone.email) return { code: 550, message: 'No such mailbox' };
      if (address === flaky.email && greylisted++ === 0) return { code: 451, message: 'Greylisted, try again later' };
      return null;
    });
    try {
      await notify([
        { userId: flaky.id, kind: 'test', title: 'Greylisted once', body: 'b', link: null, dedupeKey: `grey/${run}` },
        { userId: gone.id, kind: 'test', title: 'Never delivered', body: 'b', link: null, dedupeKey: `bounce/${run}` },
      ]);
      const bounced = await notificationRow(`bounce/${run}`);
      const { job: bouncedJob, state } = await settled(bounced.id);
      expect(state).toBe('failed');
      expect(bouncedJob.attemptsMade).toBe(1);
      expect(bouncedJob.failedReason).toBe('The SMTP server refused the email permanently (550)');
      expect((await notificationRow(`bounce/${run}`)).emailed_at).toBeNull();

      const grey = await notificationRow(`grey/${run}`);
      const { job: greyJob, state: greyState } = await settled(grey.id);
      expect(greyState).toBe('completed');
      expect(greyJob.attemptsMade).toBe(2);
      // The first attempt's error is kept by BullMQ (and shown on the dashboard): it must not quote the address.
      expect((greyJob.stacktrace ?? []).join('\n')).toContain('Sending the email failed for now');
      expect((greyJob.stacktrace ?? []).join('\n')).not.toContain(flaky.email);
      expect(sink.to(flaky.email).map((email) => email.headers.get('subject'))).toEqual(['Greylisted once']);
      expect(sink.to(gone.email)).toEqual([]);
    } finally {
      sink.refuse(() => null);
    }
  });

  it('with SMTP_URL unset sends nothing, and the notification is still in the app', async () => {
    await worker.close();
    const withoutEmail = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: api.db.url,
      QUEUE_PREFIX: api.config.redis.queuePrefix,
      SEED_DEMO: 'false',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      SMTP_URL: '',
    });
    worker = await createWorkerApp(withoutEmail, { logger: false });
    const lee = await supplier('lee');
    await notify([{ userId: lee.id, kind: 'buyer.approved', title: 'Only in the app', body: 'b', link: '/', dedupeKey: `in-app/${run}` }]);

    const { id } = await notificationRow(`in-app/${run}`);
    expect((await settled(id)).state).toBe('completed');
    expect(sink.to(lee.email)).toEqual([]);
    expect((await notificationRow(`in-app/${run}`)).emailed_at).toBeNull();
    const inApp = await api.http().get('/api/v1/notifications').set('authorization', `Bearer ${lee.token}`).expect(200);
    expect(inApp.body.items.map((item: { title: string }) => item.title)).toEqual(['Only in the app']);
  });
});
