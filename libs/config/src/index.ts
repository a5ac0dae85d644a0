export { AppConfig, ConfigError, configSchema, loadConfig } from './app-config';
export { ConfigModule } from './config.module';
