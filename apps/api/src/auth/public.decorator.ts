import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** The route answers signed-out callers too; a valid bearer token still sets the actor. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
