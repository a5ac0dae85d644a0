import { AUDIT_ENTITIES } from '@app/audit';
import { CATALOGUE_ENTITIES } from '@app/catalogue';
import { CLASSIFICATION_ENTITIES } from '@app/classification';
import { ReferenceDataVersionOrmEntity } from '@app/db';
import { IDENTITY_ENTITIES } from '@app/identity';
import { MATCHING_ENTITIES } from '@app/matching';
import { NOTIFICATION_ENTITIES } from '@app/notifications';
import { ORGANISATION_ENTITIES } from '@app/organisations';
import { PROCUREMENT_ENTITIES } from '@app/procurement';
import { QUEUE_ENTITIES } from '@app/queue';
import { SAVED_SEARCH_ENTITIES } from '@app/saved-searches';

/** Every table the product maps, for the one data source all apps share. */
export const ENTITIES = [
  ReferenceDataVersionOrmEntity,
  ...AUDIT_ENTITIES,
  ...CATALOGUE_ENTITIES,
  ...CLASSIFICATION_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...ORGANISATION_ENTITIES,
  ...PROCUREMENT_ENTITIES,
  ...QUEUE_ENTITIES,
  ...MATCHING_ENTITIES,
  ...SAVED_SEARCH_ENTITIES,
];
