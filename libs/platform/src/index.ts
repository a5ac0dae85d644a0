export { ENTITIES } from './entities';
export { PlatformModule } from './platform.module';
export { exitWith, prepareProcess } from './process';
export type { PreparedProcess } from './process';
export { StartupService } from './startup.service';
export { CSV_TYPE, JSON_TYPE, streamedDownload } from './http/streamed-download';
