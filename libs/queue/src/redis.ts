import IORedis, { Redis, RedisOptions } from 'ioredis';

export const REDIS_START_HINT =
  'start one with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no (or set REDIS_URL)';

/**
 * Producers fail fast while Redis is down (the outbox keeps the work); workers wait and reconnect
 * by themselves, as BullMQ requires (`maxRetriesPerRequest: null`).
 */
export function createRedis(url: string, use: 'producer' | 'worker' | 'client'): Redis {
  const options: RedisOptions =
    use === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 };
  return new IORedis(url, { ...options, retryStrategy: (attempt) => Math.min(attempt * 200, 2_000) });
}

/** One ping with a short timeout; used at start so a missing Redis is one clear line, not a stack trace. */
export async function isRedisReachable(url: string, timeoutMs = 2_000): Promise<boolean> {
  const redis = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export function redisLocation(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '6379'}`;
}
