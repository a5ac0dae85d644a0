export { AppConfig, ConfigError, configSchema, loadConfig } from './app-config';
export { ConfigModule } from './config.module';
export type { MatchingConfig } from './app-config';
