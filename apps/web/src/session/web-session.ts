import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { createRedis } from '@app/queue';
import RedisStore from 'connect-redis';
import type { RequestHandler } from 'express';
import session from 'express-session';
import { Redis } from 'ioredis';

export const SESSION_COOKIE = 'pc_session';
const READY_TIMEOUT_MS = 5_000;
const OUTAGE_LOG_INTERVAL_MS = 60_000;

/**
 * Server-side sessions in Redis: the cookie carries only a signed random id, the session only the
 * user id and the CSRF token. The client fails fast while Redis is down (a 500 page, not a hung
 * request), so it must be connected before the app serves: see onModuleInit.
 */
@Injectable()
export class WebSession implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Session');
  private readonly redis: Redis;
  private lastOutageLog = 0;
  readonly middleware: RequestHandler;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = createRedis(config.redis.url, 'client');
    // ioredis reports every reconnection attempt; one line a minute is enough to see an outage.
    this.redis.on('error', (error: Error) => {
      if (Date.now() - this.lastOutageLog < OUTAGE_LOG_INTERVAL_MS) return;
      this.lastOutageLog = Date.now();
      this.logger.warn(`Sessions unavailable, Redis: ${error.message}`);
    });
    this.middleware = session({
      name: SESSION_COOKIE,
      store: new RedisStore({ client: this.redis, prefix: `${config.redis.queuePrefix}:session:` }),
      secret: this.secret(config),
      resave: false,
      // No cookie until there is something to keep (a CSRF token, a signed-in user).
      saveUninitialized: false,
      rolling: true,
      unset: 'destroy',
      proxy: config.trustProxy,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        // Secure whenever the request came over HTTPS (directly, or via a proxy trusted with TRUST_PROXY),
        // as in production; `true` would silently drop the cookie on the plain-HTTP compose demo.
        secure: 'auto',
        // The idle timeout: the cookie and the Redis key both roll forward on every request.
        maxAge: config.session.idleSeconds * 1000,
        path: '/',
      },
    });
  }

  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    // Only 'ready' counts: ioredis emits 'error' for each failed attempt while it keeps retrying.
    await new Promise<void>((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.redis.off('ready', onReady);
        reject(new Error(`Redis did not become ready for sessions within ${READY_TIMEOUT_MS} ms`));
      }, READY_TIMEOUT_MS);
      this.redis.once('ready', onReady);
    });
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  private secret(config: AppConfig): string {
    if (config.sessionSecret) return config.sessionSecret;
    // The configuration refuses to start production without SESSION_SECRET; elsewhere a random one will do.
    if (config.nodeEnv === 'development') {
      this.logger.warn('SESSION_SECRET is not set: using a random one, so sessions end when the web app restarts');
    }
    return randomBytes(32).toString('hex');
  }
}
