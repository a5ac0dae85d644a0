import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@app/config';
import { createRedis } from '@app/queue';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
  ]);
}

/** The two things every app needs to do its job: PostgreSQL and Redis. */
@Injectable()
export class ReadinessIndicators implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.redis = createRedis(config.redis.url, 'client');
    this.redis.on('error', () => undefined);
  }

  async database() {
    const check = this.indicators.check('database');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'));
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  async redisServer() {
    const check = this.indicators.check('redis');
    try {
      await withTimeout(this.redis.ping());
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
