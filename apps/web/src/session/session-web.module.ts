import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { CurrentActorMiddleware } from './current-actor.middleware';
import { SessionKeepAliveController } from './session-keep-alive.controller';
import { SessionTimeoutMiddleware } from './session-timeout.middleware';
import { WebSession } from './web-session';

/** The session store; after it, the idle-timeout check and then the actor every page and guard reads. */
@Module({
  imports: [IdentityModule],
  controllers: [SessionKeepAliveController],
  providers: [WebSession, SessionTimeoutMiddleware, CurrentActorMiddleware],
  exports: [WebSession],
})
export class SessionWebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionTimeoutMiddleware, CurrentActorMiddleware).forRoutes('*path');
  }
}
