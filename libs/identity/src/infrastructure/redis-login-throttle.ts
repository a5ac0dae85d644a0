import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { createRedis } from '@app/queue';
import { DomainError } from '@app/shared';
import type { Redis } from 'ioredis';
import { LoginThrottle } from '../application/login-throttle';

/**
 * KEYS: account counter, address counter. ARGV: account limit, address limit, window seconds.
 * Returns {0, 0} when the attempt may go ahead (and is now counted), or {1|2, ttl} when the
 * account (1) or the address (2) is locked. One script, so check and count cannot interleave.
 */
const BEGIN_SCRIPT = `
local account = tonumber(redis.call('GET', KEYS[1]) or '0')
if account >= tonumber(ARGV[1]) then return {1, redis.call('TTL', KEYS[1])} end
local address = tonumber(redis.call('GET', KEYS[2]) or '0')
if address >= tonumber(ARGV[2]) then return {2, redis.call('TTL', KEYS[2])} end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
if redis.call('INCR', KEYS[2]) == 1 then redis.call('EXPIRE', KEYS[2], ARGV[3]) end
return {0, 0}
`;

/** Forgets the account's failures and hands back the address's count for this attempt. */
const SUCCEEDED_SCRIPT = `
redis.call('DEL', KEYS[1])
local address = tonumber(redis.call('GET', KEYS[2]) or '0')
if address > 0 then redis.call('DECR', KEYS[2]) end
return 0
`;

/** KEYS: registration counter. ARGV: limit, window seconds. Returns 0, or the seconds to wait. */
const REGISTERING_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if count > tonumber(ARGV[1]) then return math.max(redis.call('TTL', KEYS[1]), 1) end
return 0
`;

const READY_TIMEOUT_MS = 1_500;
const UNAVAILABLE_RETRY_SECONDS = 30;
const OUTAGE_LOG_INTERVAL_MS = 60_000;

/**
 * Counters in Redis, shared by every api and web process. The account counter counts consecutive
 * failures and is refreshed by each one, so LOGIN_MAX_FAILURES in a row lock the account for
 * LOGIN_LOCK_MINUTES after the last; the address counter is a fixed window of the same length.
 * Without Redis nobody can sign in: refusing is safer than guessing without a count.
 */
@Injectable()
export class RedisLoginThrottle extends LoginThrottle implements OnApplicationShutdown {
  private readonly logger = new Logger('LoginThrottle');
  private readonly prefix: string;
  private redis?: Redis;
  private lastOutageLog = 0;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    super();
    this.prefix = `${config.redis.queuePrefix}:throttle`;
  }

  async begin(email: string, address: string): Promise<void> {
    const { maxFailures, maxFailuresPerAddress, lockMinutes } = this.config.auth;
    const windowSeconds = lockMinutes * 60;
    const result = await this.run((redis) =>
      redis.eval(BEGIN_SCRIPT, 2, this.accountKey(email), this.addressKey(address), maxFailures, maxFailuresPerAddress, windowSeconds),
    );
    if (!Array.isArray(result) || typeof result[0] !== 'number' || typeof result[1] !== 'number') {
      throw this.unavailable(new Error('unexpected reply from the throttle script'));
    }
    const [locked, ttl] = result;
    if (locked === 0) return;
    throw this.limited('TOO_MANY_SIGN_IN_ATTEMPTS', 'Too many failed sign-in attempts', ttl > 0 ? ttl : windowSeconds);
  }

  async succeeded(email: string, address: string): Promise<void> {
    try {
      await this.run((redis) => redis.eval(SUCCEEDED_SCRIPT, 2, this.accountKey(email), this.addressKey(address)));
    } catch {
      // The password was right; a count left behind expires with its window. The outage is logged by run().
    }
  }

  async registering(address: string): Promise<void> {
    const { maxFailuresPerAddress, lockMinutes } = this.config.auth;
    const key = `${this.prefix}:register-address:${this.addressPart(address)}`;
    const wait = await this.run((redis) => redis.eval(REGISTERING_SCRIPT, 1, key, maxFailuresPerAddress, lockMinutes * 60));
    if (typeof wait !== 'number') throw this.unavailable(new Error('unexpected reply from the throttle script'));
    if (wait > 0) throw this.limited('TOO_MANY_REGISTRATIONS', 'Too many registrations from this address', wait);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  /** The email is hashed so the counters hold no personal data. */
  private accountKey(email: string): string {
    return `${this.prefix}:login-account:${createHash('sha256').update(email).digest('hex')}`;
  }

  private addressKey(address: string): string {
    return `${this.prefix}:login-address:${this.addressPart(address)}`;
  }

  private addressPart(address: string): string {
    return address.slice(0, 100) || 'unknown';
  }

  private limited(code: string, what: string, retryAfterSeconds: number): DomainError {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return new DomainError('rate_limited', code, `${what}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, [], retryAfterSeconds);
  }

  private async run<T>(work: (redis: Redis) => Promise<T>): Promise<T> {
    try {
      return await work(await this.connected());
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  /** Connects on first use, so processes that never sign anyone in (the worker) open no connection. */
  private async connected(): Promise<Redis> {
    if (!this.redis) {
      this.redis = createRedis(this.config.redis.url, 'client');
      this.redis.on('error', () => undefined); // reported per attempt, below
    }
    const redis = this.redis;
    if (redis.status === 'ready') return redis;
    await new Promise<void>((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        redis.off('ready', onReady);
        reject(new Error(`Redis is not ready (${redis.status})`));
      }, READY_TIMEOUT_MS);
      redis.once('ready', onReady);
    });
    return redis;
  }

  private unavailable(error: unknown): DomainError {
    const now = Date.now();
    if (now - this.lastOutageLog > OUTAGE_LOG_INTERVAL_MS) {
      this.lastOutageLog = now;
      this.logger.error(`Sign-in and registration refused: the login throttle cannot reach Redis (${(error as Error).message})`);
    }
    return new DomainError(
      'rate_limited',
      'SIGN_IN_UNAVAILABLE',
      'Signing in and registering are unavailable for a moment; try again shortly',
      [],
      UNAVAILABLE_RETRY_SECONDS,
    );
  }
}
