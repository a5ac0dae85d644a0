export { AppConfig, ConfigError, configSchema, loadConfig } from './app-config';
export { ConfigModule } from './config.module';
export type { MailConfig, MatchingConfig } from './app-config';
