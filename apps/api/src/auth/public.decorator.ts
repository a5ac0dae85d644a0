import { SetMetadata } from '@nestjs/common';
import { PUBLIC_ROUTE } from '@app/shared';

/** The same key libs/platform sets on health and metrics, so one guard rule covers both. */
export const IS_PUBLIC = PUBLIC_ROUTE;

/** The route answers signed-out callers too; a valid bearer token still sets the actor. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
