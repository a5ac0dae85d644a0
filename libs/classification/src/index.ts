import { CpvCodeOrmEntity } from './infrastructure/cpv-code.orm-entity';

export { CpvReferenceLoader } from './application/cpv-reference.loader';
export { CpvService } from './application/cpv.service';
export type { CpvCodeDetailView, CpvCodeRef, CpvCodeView, CpvFilter } from './application/cpv.views';
export { ClassificationModule } from './classification.module';
export { CPV_LEVELS, isCpvLevel, isCpvPrefix, parseCpvCode } from './domain/cpv-code';
export type { CpvLevel } from './domain/cpv-code';

export const CLASSIFICATION_ENTITIES = [CpvCodeOrmEntity];
