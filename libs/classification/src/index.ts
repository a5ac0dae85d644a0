import { CpvCodeOrmEntity } from './infrastructure/cpv-code.orm-entity';

export const CLASSIFICATION_ENTITIES = [CpvCodeOrmEntity];
