import { randomBytes } from 'node:crypto';
import { loadConfig } from '@app/config';
import { DomainError } from '@app/shared';
import IORedis from 'ioredis';
import { RedisLoginThrottle } from './redis-login-throttle';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function throttleFor(prefix: string, env: Record<string, string> = {}): RedisLoginThrottle {
  return new RedisLoginThrottle(
    loadConfig({
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '5',
      LOGIN_LOCK_MINUTES: '2',
      ...env,
    }),
  );
}

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the attempt to be refused');
}

describe('RedisLoginThrottle (real Redis)', () => {
  const prefix = `pc-test-throttle-${randomBytes(5).toString('hex')}`;
  const throttle = throttleFor(prefix);

  afterAll(async () => {
    throttle.onApplicationShutdown();
    const redis = new IORedis(REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });

  it('locks an account after the configured failures in a row, with the seconds to wait', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await throttle.begin('locked@example.org', '10.0.0.1');
    const error = await refusal(throttle.begin('locked@example.org', '10.0.0.2'));
    expect(error.kind).toBe('rate_limited');
    expect(error.code).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
    expect(error.retryAfterSeconds).toBeGreaterThan(100);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(120);
    // Another account from the same place is not affected.
    await expect(throttle.begin('other@example.org', '10.0.0.3')).resolves.toBeUndefined();
  });

  it('starts counting again after a success', async () => {
    for (let attempt = 0; attempt < 2; attempt++) await throttle.begin('forgetful@example.org', '10.0.1.1');
    await throttle.begin('forgetful@example.org', '10.0.1.1');
    await throttle.succeeded('forgetful@example.org', '10.0.1.1');
    for (let attempt = 0; attempt < 3; attempt++) await throttle.begin('forgetful@example.org', '10.0.1.1');
    await expect(throttle.begin('forgetful@example.org', '10.0.1.1')).rejects.toThrow(/Too many failed sign-in attempts/);
  });

  it('limits failures per address across accounts', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await throttle.begin(`spray${attempt}@example.org`, '10.0.2.1');
    const error = await refusal(throttle.begin('fresh@example.org', '10.0.2.1'));
    expect(error.code).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
    await expect(throttle.begin('fresh@example.org', '10.0.2.2')).resolves.toBeUndefined();
  });

  it('lets no more than the limit through when attempts arrive together', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) => throttle.begin('burst@example.org', `10.0.3.${index}`)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
  });

  it('limits registrations per address', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await throttle.registering('10.0.4.1');
    expect((await refusal(throttle.registering('10.0.4.1'))).code).toBe('TOO_MANY_REGISTRATIONS');
  });

  it('refuses everyone, clearly, when Redis cannot be reached', async () => {
    const offline = throttleFor(`${prefix}-offline`, { REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const error = await refusal(offline.begin('anyone@example.org', '10.0.5.1'));
      expect(error.kind).toBe('rate_limited');
      expect(error.code).toBe('SIGN_IN_UNAVAILABLE');
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
      expect((await refusal(offline.registering('10.0.5.1'))).code).toBe('SIGN_IN_UNAVAILABLE');
      // Forgetting failures after a right password is best effort and must not throw.
      await expect(offline.succeeded('anyone@example.org', '10.0.5.1')).resolves.toBeUndefined();
    } finally {
      offline.onApplicationShutdown();
    }
  });
});
