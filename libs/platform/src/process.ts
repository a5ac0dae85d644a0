import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError, loadConfig } from '@app/config';
import { EmbeddedPostgres, startEmbeddedPostgres } from '@app/db';
import { isRedisReachable, REDIS_START_HINT, redisLocation } from '@app/queue';

export interface PreparedProcess {
  config: AppConfig;
  embedded?: EmbeddedPostgres;
}

/** Prints one line and exits: the way every app reports a start-up problem a person must fix. */
export function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * What every app does before Nest starts: validate the configuration, start the embedded
 * PostgreSQL when DATABASE_URL is unset, and make sure Redis answers.
 */
export async function prepareProcess(appName: string): Promise<PreparedProcess> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(`${appName}: ${error.message}`);
    throw error;
  }
  if (!(await isRedisReachable(config.redis.url))) {
    exitWith(`${appName}: Redis is not reachable at ${redisLocation(config.redis.url)}; ${REDIS_START_HINT}`);
  }
  let embedded: EmbeddedPostgres | undefined;
  if (!config.database.url) {
    const { embeddedDataDir, embeddedPort } = config.database;
    embedded = await startEmbeddedPostgres(embeddedDataDir, embeddedPort);
    new Logger('Database').log(
      `DATABASE_URL is not set: using embedded PostgreSQL (PGlite) with data in ${embeddedDataDir}, on port ${embeddedPort}`,
    );
    process.env.DATABASE_URL = embedded.url;
    config = loadConfig();
  }
  return { config, embedded };
}
