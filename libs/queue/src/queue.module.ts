import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';
import { QueueProducer } from './queue-producer';

/** What every app needs: writing jobs to the outbox. Needs no Redis connection. */
@Global()
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class QueueModule {}

/** What the worker adds: the BullMQ producers and the relay that feeds them. */
@Module({ providers: [QueueProducer, OutboxRelay], exports: [QueueProducer, OutboxRelay] })
export class OutboxRelayModule {}
