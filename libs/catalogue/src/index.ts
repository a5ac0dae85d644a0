import { CategoryOrmEntity } from './infrastructure/category.orm-entity';
import { FrameworkOrmEntity } from './infrastructure/framework.orm-entity';
import { ListingVersionOrmEntity } from './infrastructure/listing-version.orm-entity';
import { ListingOrmEntity } from './infrastructure/listing.orm-entity';
import { LotOrmEntity } from './infrastructure/lot.orm-entity';

export const CATALOGUE_ENTITIES = [FrameworkOrmEntity, LotOrmEntity, CategoryOrmEntity, ListingOrmEntity, ListingVersionOrmEntity];
