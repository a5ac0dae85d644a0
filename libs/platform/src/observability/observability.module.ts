import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { HttpMetricsMiddleware, MetricsController, MetricsRegistry } from './metrics';
import { ReadinessIndicators } from './readiness';
import { StatementCountMiddleware } from './statement-count.middleware';

/** /health/live, /health/ready and /metrics, the same on every app. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, MetricsController],
  providers: [ReadinessIndicators, MetricsRegistry, HttpMetricsMiddleware, StatementCountMiddleware],
  exports: [MetricsRegistry],
})
export class ObservabilityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(StatementCountMiddleware, HttpMetricsMiddleware).forRoutes('*path');
  }
}
