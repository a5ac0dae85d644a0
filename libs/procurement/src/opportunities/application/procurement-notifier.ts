import { Inject, Injectable } from '@nestjs/common';
import { NewNotification, NotificationService } from '@app/notifications';
import type { EntityManager } from 'typeorm';
import { MarketReader } from './market-reader';

interface OpportunityRef {
  id: string;
  title: string;
}

/**
 * Tells buyers and suppliers, in the app, what happened in a procurement. Written in the change's
 * own transaction, so a notice exists exactly when its fact does; dedupe keys name the fact, so
 * nothing is told twice.
 */
@Injectable()
export class ProcurementNotifier {
  constructor(
    @Inject(NotificationService) private readonly notifications: NotificationService,
    @Inject(MarketReader) private readonly market: MarketReader,
  ) {}

  async invited(manager: EntityManager, procurement: { id: string; title: string; leadName: string }, invitations: { id: string; councilCode: string }[]): Promise<void> {
    const buyers = await this.market.activeBuyers(invitations.map((invitation) => invitation.councilCode), manager);
    const notices: NewNotification[] = invitations.flatMap((invitation) =>
      buyers
        .filter((buyer) => buyer.councilCode === invitation.councilCode)
        .map(({ userId }) => ({
          userId,
          kind: 'joint-procurement.invited',
          title: `${procurement.leadName} invites your council to buy together`,
          body: `Join "${procurement.title}" with one of your needs and your share of the value, or decline.`,
          link: `/joint-procurements/${procurement.id}`,
          dedupeKey: `jp-invited/${invitation.id}/${userId}`,
        })),
    );
    await this.notifications.notify(notices, manager);
  }

  async invitationAnswered(
    manager: EntityManager,
    procurement: { id: string; title: string; leadCouncilCode: string },
    invitation: { id: string; councilName: string; status: 'accepted' | 'declined' },
  ): Promise<void> {
    const buyers = await this.market.activeBuyers([procurement.leadCouncilCode], manager);
    await this.notifications.notify(
      buyers.map(({ userId }) => ({
        userId,
        kind: `joint-procurement.invitation-${invitation.status}`,
        title: `${invitation.councilName} ${invitation.status} your invitation`,
        body: `${invitation.councilName} ${invitation.status} the invitation to "${procurement.title}".`,
        link: `/joint-procurements/${procurement.id}`,
        dedupeKey: `jp-invitation-${invitation.status}/${invitation.id}/${userId}`,
      })),
      manager,
    );
  }

  /** Every active buyer of the participating councils, once per opportunity, whoever or whatever closed it. */
  async readyToScore(manager: EntityManager, opportunity: OpportunityRef, councilCodes: string[], submitted: number): Promise<void> {
    const buyers = await this.market.activeBuyers(councilCodes, manager);
    const title =
      submitted === 0
        ? `No responses to score on "${opportunity.title}"`
        : `${submitted} ${submitted === 1 ? 'response is' : 'responses are'} ready to score on "${opportunity.title}"`;
    await this.notifications.notify(
      buyers.map(({ userId }) => ({
        userId,
        kind: 'opportunity.ready-to-score',
        title,
        body:
          submitted === 0
            ? `"${opportunity.title}" closed without a submitted response.`
            : `"${opportunity.title}" is closed to questions and responses. Score each response against the criteria, then award.`,
        // The buyers' own page for the opportunity, where responses are scored; not the suppliers' view.
        link: `/buyer/opportunities/${opportunity.id}`,
        dedupeKey: `opportunity-ready-to-score/${opportunity.id}/${userId}`,
      })),
      manager,
    );
  }

  async questionAnswered(manager: EntityManager, opportunity: OpportunityRef, question: { id: string; supplierId: string }): Promise<void> {
    const users = await this.market.supplierUsers([question.supplierId], manager);
    await this.notifications.notify(
      users.map(({ userId }) => ({
        userId,
        kind: 'opportunity.question-answered',
        title: `Your question on "${opportunity.title}" is answered`,
        body: 'The answer is published to every supplier, without your name.',
        link: `/opportunities/${opportunity.id}`,
        dedupeKey: `question-answered/${question.id}/${userId}`,
      })),
      manager,
    );
  }

  /** The winner and every other supplier that submitted a response. */
  async awarded(manager: EntityManager, opportunity: OpportunityRef, winnerSupplierId: string, otherSupplierIds: string[], value: string): Promise<void> {
    const users = await this.market.supplierUsers([winnerSupplierId, ...otherSupplierIds], manager);
    await this.notifications.notify(
      users.map(({ userId, supplierId }) =>
        supplierId === winnerSupplierId
          ? {
              userId,
              kind: 'opportunity.won',
              title: `You won "${opportunity.title}"`,
              body: `Your response was awarded the contract, worth £${value} in all. The councils will be in touch to start.`,
              link: `/opportunities/${opportunity.id}`,
              dedupeKey: `opportunity-outcome/${opportunity.id}/${userId}`,
            }
          : {
              userId,
              kind: 'opportunity.not-won',
              title: `"${opportunity.title}" was awarded to another supplier`,
              body: 'Thank you for responding. Your response was not successful this time; you can ask the lead council for feedback.',
              link: `/opportunities/${opportunity.id}`,
              dedupeKey: `opportunity-outcome/${opportunity.id}/${userId}`,
            },
      ),
      manager,
    );
  }

  async cancelled(manager: EntityManager, opportunity: OpportunityRef, supplierIds: string[], reason: string): Promise<void> {
    const users = await this.market.supplierUsers(supplierIds, manager);
    await this.notifications.notify(
      users.map(({ userId }) => ({
        userId,
        kind: 'opportunity.cancelled',
        title: `"${opportunity.title}" is cancelled`,
        body: `The councils cancelled this opportunity. Reason: ${reason}`,
        link: `/opportunities/${opportunity.id}`,
        dedupeKey: `opportunity-cancelled/${opportunity.id}/${userId}`,
      })),
      manager,
    );
  }
}
