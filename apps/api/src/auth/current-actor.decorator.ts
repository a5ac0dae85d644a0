import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@app/shared';

/** The signed-in actor set by the auth guard, or undefined on a public route called anonymously. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | undefined => {
  return context.switchToHttp().getRequest<{ user?: Actor }>().user;
});
