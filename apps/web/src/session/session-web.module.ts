import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { CurrentActorMiddleware } from './current-actor.middleware';
import { WebSession } from './web-session';

/** The session store and, after it, the actor every page and guard reads. */
@Module({
  imports: [IdentityModule],
  providers: [WebSession, CurrentActorMiddleware],
  exports: [WebSession],
})
export class SessionWebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CurrentActorMiddleware).forRoutes('*path');
  }
}
