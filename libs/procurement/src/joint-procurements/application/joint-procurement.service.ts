import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { CouncilHierarchy, CouncilHierarchyCache } from '@app/organisations';
import { Actor, DomainError, FieldError, penceToPounds, requireRole } from '@app/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { NeedService } from '../../needs/application/need.service';
import type { NeedForProcurement } from '../../needs/application/need.views';
import { NeedOrmEntity } from '../../needs/infrastructure/need.orm-entity';
import { OpportunityPublisher, CheckedDraft } from '../../opportunities/application/opportunity-publisher';
import { OpportunityViewBuilder } from '../../opportunities/application/opportunity-view-builder';
import type { NewSingleNeedOpportunity, PublishedOpportunityView } from '../../opportunities/application/opportunity.views';
import { ProcurementNotifier } from '../../opportunities/application/procurement-notifier';
import { money, OPPORTUNITY_LIMITS, OpportunityDraftInput } from '../../opportunities/domain/opportunity-draft';
import { OpportunityOrmEntity } from '../../opportunities/infrastructure/opportunity.orm-entity';
import { isUuid, requireUuid } from '../../opportunities/application/request-ids';
import { isLiveInvitation, nextInvitationStatus } from '../domain/invitation-state';
import { nextJointProcurementStatus } from '../domain/joint-procurement-state';
import { JointProcurementInvitationOrmEntity } from '../infrastructure/joint-procurement-invitation.orm-entity';
import { JointProcurementParticipantOrmEntity } from '../infrastructure/joint-procurement-participant.orm-entity';
import { councilName, estimateOf, toJointProcurementView } from '../infrastructure/joint-procurement.mapper';
import { JointProcurementOrmEntity } from '../infrastructure/joint-procurement.orm-entity';
import type { InvitationAnswer, JointProcurementView, NewJointProcurement } from './joint-procurement.views';
import { cancellationReason, ProcurementCancellation } from './procurement-cancellation';
import { canRead, ProcurementAccess, requireLead } from './procurement-access';

export const JOINT_PROCUREMENT_LIMITS = { title: OPPORTUNITY_LIMITS.title, invitations: 20, note: OPPORTUNITY_LIMITS.reason } as const;
/** Contracts hold at most this many CPV codes; the participating needs' codes are cut to it, the lead's first. */
const MAX_CONTRACT_CPV_CODES = 20;

/**
 * Joint procurements: a lead council's buyer starts one from a need, invites councils, and
 * publishes it as an opportunity; invited councils' buyers join with a need and a value share or
 * decline. Authorisation is here: the lead's buyers run it, participants and invited councils read
 * it, and everyone else gets 404. Every change is audited in its own transaction.
 */
@Injectable()
export class JointProcurementService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ProcurementAccess) private readonly access: ProcurementAccess,
    @Inject(ProcurementCancellation) private readonly cancellation: ProcurementCancellation,
    @Inject(ProcurementNotifier) private readonly notifier: ProcurementNotifier,
    @Inject(OpportunityPublisher) private readonly publisher: OpportunityPublisher,
    @Inject(OpportunityViewBuilder) private readonly opportunities: OpportunityViewBuilder,
    @Inject(NeedService) private readonly needs: NeedService,
  ) {}

  async create(actor: Actor | undefined, input: NewJointProcurement): Promise<JointProcurementView> {
    const buyer = requireBuyer(actor);
    const title = requireTitle(input.title);
    const needId = requireNeedId(input.needId);
    const share = optionalShare(input.valueShare);
    const id = await this.dataSource.transaction((manager) => this.createIn(manager, buyer, { title, needId, share }));
    return this.view(this.dataSource.manager, id, await this.hierarchy.get());
  }

  async get(actor: Actor | undefined, id: string): Promise<JointProcurementView> {
    requireId(id, 'id');
    const procurement = await this.dataSource.manager.findOneBy(JointProcurementOrmEntity, { id });
    if (!procurement || !canRead(await this.access.rolesOf(actor, procurement))) throw notFound();
    return this.view(this.dataSource.manager, id, await this.hierarchy.get());
  }

  /** The lead invites councils by GSS code while forming; a council already invited (pending or accepted) is refused. */
  async invite(actor: Actor | undefined, id: string, councilCodes: string[]): Promise<JointProcurementView> {
    requireId(id, 'id');
    const hierarchy = await this.hierarchy.get();
    const codes = checkCouncilCodes(councilCodes, hierarchy);
    await this.dataSource.transaction(async (manager) => {
      const { procurement, user } = await this.lockForLead(manager, actor, id, 'invite councils');
      nextJointProcurementStatus(procurement.status, 'invite');
      const taken: FieldError[] = [];
      const live = await manager.find(JointProcurementInvitationOrmEntity, { where: { jointProcurementId: id, councilCode: In(codes) } });
      codes.forEach((code, index) => {
        if (code === procurement.leadCouncilCode) {
          taken.push({ field: `councilCodes[${index}]`, message: `councilCodes[${index}] is the lead council, which takes part already` });
        } else if (live.some((invitation) => invitation.councilCode === code && isLiveInvitation(invitation.status))) {
          taken.push({ field: `councilCodes[${index}]`, message: `councilCodes[${index}] (${councilName(hierarchy, code).name}) is already invited` });
        }
      });
      if (taken.length > 0) throw new DomainError('conflict', 'COUNCIL_ALREADY_INVITED', taken.map((error) => error.message).join('; '), taken);

      const invitations = codes.map((councilCode) => manager.create(JointProcurementInvitationOrmEntity, { jointProcurementId: id, councilCode, status: 'pending', invitedBy: user.userId }));
      await manager.save(invitations);
      for (const invitation of invitations) {
        await this.audit.record(manager, {
          actorUserId: user.userId,
          action: 'joint-procurement.invited',
          objectType: 'joint-procurement',
          objectId: id,
          before: null,
          after: { invitationId: invitation.id, councilCode: invitation.councilCode, status: 'pending' },
        });
      }
      await this.notifier.invited(manager, { id, title: procurement.title, leadName: councilName(hierarchy, procurement.leadCouncilCode).name }, invitations);
    });
    return this.view(this.dataSource.manager, id, hierarchy);
  }

  /** The invited council's buyer joins with one of its council's open needs and a value share. */
  async accept(actor: Actor | undefined, id: string, invitationId: string, answer: InvitationAnswer): Promise<JointProcurementView> {
    const buyer = requireBuyer(actor);
    requireId(id, 'id');
    requireId(invitationId, 'invitationId');
    const needId = requireNeedId(answer.needId);
    const share = optionalShare(answer.valueShare);
    const hierarchy = await this.hierarchy.get();
    await this.dataSource.transaction(async (manager) => {
      const { procurement, invitation } = await this.lockInvitationForInvitee(manager, buyer, id, invitationId);
      nextJointProcurementStatus(procurement.status, 'answer-invitation');
      const status = nextInvitationStatus(invitation.status, 'accept');
      const need = await this.needs.moveIntoJointProcurement(manager, { needId, councilCode: invitation.councilCode, actorUserId: buyer.userId, jointProcurementId: id });
      const valueSharePence = shareOrEstimate(share, need);
      const now = new Date();
      await manager.update(JointProcurementInvitationOrmEntity, { id: invitationId }, { status, answeredBy: buyer.userId, answeredAt: now });
      await manager.insert(JointProcurementParticipantOrmEntity, {
        jointProcurementId: id,
        councilCode: invitation.councilCode,
        needId: need.id,
        valueSharePence: valueSharePence.toString(),
        isLead: false,
        invitationId,
      });
      await this.audit.record(manager, {
        actorUserId: buyer.userId,
        action: 'joint-procurement.invitation-accepted',
        objectType: 'joint-procurement',
        objectId: id,
        before: { invitationId, status: invitation.status },
        after: { invitationId, status, councilCode: invitation.councilCode, needId: need.id, valueShare: penceToPounds(valueSharePence) },
      });
      await this.notifier.invitationAnswered(manager, procurement, { id: invitationId, councilName: councilName(hierarchy, invitation.councilCode).name, status: 'accepted' });
    });
    return this.view(this.dataSource.manager, id, hierarchy);
  }

  async decline(actor: Actor | undefined, id: string, invitationId: string, reason?: string | null): Promise<JointProcurementView> {
    const buyer = requireBuyer(actor);
    requireId(id, 'id');
    requireId(invitationId, 'invitationId');
    const note = optionalNote(reason);
    const hierarchy = await this.hierarchy.get();
    await this.dataSource.transaction(async (manager) => {
      const { procurement, invitation } = await this.lockInvitationForInvitee(manager, buyer, id, invitationId);
      nextJointProcurementStatus(procurement.status, 'answer-invitation');
      const status = nextInvitationStatus(invitation.status, 'decline');
      await manager.update(JointProcurementInvitationOrmEntity, { id: invitationId }, { status, answeredBy: buyer.userId, answeredAt: new Date(), note });
      await this.audit.record(manager, {
        actorUserId: buyer.userId,
        action: 'joint-procurement.invitation-declined',
        objectType: 'joint-procurement',
        objectId: id,
        before: { invitationId, status: invitation.status },
        after: { invitationId, status, councilCode: invitation.councilCode, reason: note },
      });
      await this.notifier.invitationAnswered(manager, procurement, { id: invitationId, councilName: councilName(hierarchy, invitation.councilCode).name, status: 'declined' });
    });
    // The declining council no longer takes part, so it may no longer read the working details.
    return this.view(this.dataSource.manager, id, hierarchy, { invitationOnly: invitationId });
  }

  /** The lead withdraws a pending invitation while the procurement forms. */
  async withdrawInvitation(actor: Actor | undefined, id: string, invitationId: string, reason?: string | null): Promise<JointProcurementView> {
    requireId(id, 'id');
    requireId(invitationId, 'invitationId');
    const note = optionalNote(reason);
    await this.dataSource.transaction(async (manager) => {
      const { procurement, user } = await this.lockForLead(manager, actor, id, 'withdraw invitations');
      const invitation = await manager.findOneBy(JointProcurementInvitationOrmEntity, { id: invitationId, jointProcurementId: id });
      if (!invitation) throw DomainError.notFound('Invitation');
      nextJointProcurementStatus(procurement.status, 'withdraw-invitation');
      const status = nextInvitationStatus(invitation.status, 'withdraw');
      await manager.update(JointProcurementInvitationOrmEntity, { id: invitationId }, { status, answeredBy: user.userId, answeredAt: new Date(), note });
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'joint-procurement.invitation-withdrawn',
        objectType: 'joint-procurement',
        objectId: id,
        before: { invitationId, status: invitation.status },
        after: { invitationId, status, councilCode: invitation.councilCode, reason: note },
      });
    });
    return this.view(this.dataSource.manager, id, await this.hierarchy.get());
  }

  async cancel(actor: Actor | undefined, id: string, reason: string): Promise<JointProcurementView> {
    requireId(id, 'id');
    const why = cancellationReason(reason);
    await this.dataSource.transaction(async (manager) => {
      const { procurement, user } = await this.lockForLead(manager, actor, id, 'cancel the joint procurement');
      await this.cancellation.cancel(manager, user.userId, procurement, why, new Date());
    });
    return this.view(this.dataSource.manager, id, await this.hierarchy.get());
  }

  /**
   * The lead publishes the opportunity. The roster is fixed from here: invitations still pending
   * lapse (withdrawn), because the shares of those who joined become contracts at award.
   */
  async publish(actor: Actor | undefined, id: string, input: OpportunityDraftInput): Promise<PublishedOpportunityView> {
    requireId(id, 'id');
    const now = new Date();
    const checked = await this.publisher.check(input, now);
    const { opportunityId, warnings } = await this.dataSource.transaction(async (manager) => {
      const { procurement, user } = await this.lockForLead(manager, actor, id, 'publish the opportunity');
      return this.publishIn(manager, user, procurement, checked, now);
    });
    return { ...(await this.opportunities.one(opportunityId)), warnings };
  }

  /** A single need published as a joint procurement of one council, in one transaction. */
  async publishSingleNeed(actor: Actor | undefined, input: NewSingleNeedOpportunity): Promise<PublishedOpportunityView> {
    const buyer = requireBuyer(actor);
    const needId = requireNeedId(input.needId);
    const now = new Date();
    const checked = await this.publisher.check(input, now);
    const { opportunityId, warnings } = await this.dataSource.transaction(async (manager) => {
      const id = await this.createIn(manager, buyer, { title: checked.draft.title, needId, share: null });
      const procurement = await manager.findOneOrFail(JointProcurementOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      return this.publishIn(manager, buyer, procurement, checked, now);
    });
    return { ...(await this.opportunities.one(opportunityId)), warnings };
  }

  private async createIn(manager: EntityManager, buyer: Actor & { councilCode: string }, input: { title: string; needId: string; share: bigint | null }): Promise<string> {
    const procurement = manager.create(JointProcurementOrmEntity, {
      title: input.title,
      leadCouncilCode: buyer.councilCode,
      status: 'forming',
      createdBy: buyer.userId,
      publishedAt: null,
      awardedAt: null,
      cancelledAt: null,
      cancellationReason: null,
    });
    await manager.save(procurement);
    const need = await this.needs.moveIntoJointProcurement(manager, { needId: input.needId, councilCode: buyer.councilCode, actorUserId: buyer.userId, jointProcurementId: procurement.id });
    const valueSharePence = shareOrEstimate(input.share, need);
    await manager.insert(JointProcurementParticipantOrmEntity, {
      jointProcurementId: procurement.id,
      councilCode: buyer.councilCode,
      needId: need.id,
      valueSharePence: valueSharePence.toString(),
      isLead: true,
      invitationId: null,
    });
    await this.audit.record(manager, {
      actorUserId: buyer.userId,
      action: 'joint-procurement.created',
      objectType: 'joint-procurement',
      objectId: procurement.id,
      before: null,
      after: { title: input.title, leadCouncilCode: buyer.councilCode, status: 'forming', needId: need.id, valueShare: penceToPounds(valueSharePence) },
    });
    return procurement.id;
  }

  private async publishIn(
    manager: EntityManager,
    user: Actor,
    procurement: JointProcurementOrmEntity,
    checked: CheckedDraft,
    now: Date,
  ): Promise<{ opportunityId: string; warnings: PublishedOpportunityView['warnings'] }> {
    const status = nextJointProcurementStatus(procurement.status, 'publish');
    const participants = await manager.find(JointProcurementParticipantOrmEntity, {
      where: { jointProcurementId: procurement.id },
      order: { isLead: 'DESC', joinedAt: 'ASC' },
    });
    const needs = await manager.findBy(NeedOrmEntity, { id: In(participants.map((p) => p.needId)) });
    const byId = new Map(needs.map((need) => [need.id, need]));
    const cpvCodes = [...new Set(participants.flatMap((p) => byId.get(p.needId)?.cpvCodes ?? []))].slice(0, MAX_CONTRACT_CPV_CODES);

    await manager.update(
      JointProcurementInvitationOrmEntity,
      { jointProcurementId: procurement.id, status: 'pending' },
      { status: 'withdrawn', answeredAt: now, note: 'The joint procurement was published before this invitation was answered' },
    );
    await manager.update(JointProcurementOrmEntity, { id: procurement.id }, { status, publishedAt: now });
    await this.audit.record(manager, {
      actorUserId: user.userId,
      action: 'joint-procurement.published',
      objectType: 'joint-procurement',
      objectId: procurement.id,
      before: { status: procurement.status },
      after: { status, councils: participants.map((p) => p.councilCode) },
    });
    return this.publisher.publish(
      manager,
      user.userId,
      { id: procurement.id, leadCouncilCode: procurement.leadCouncilCode, estimatePence: estimateOf(needs), cpvCodes },
      checked,
      now,
    );
  }

  private async lockForLead(manager: EntityManager, actor: Actor | undefined, id: string, what: string): Promise<{ procurement: JointProcurementOrmEntity; user: Actor }> {
    const user = requireRole(actor, 'buyer', 'admin');
    const procurement = await manager.findOne(JointProcurementOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!procurement) throw notFound();
    requireLead(await this.access.rolesOf(user, procurement, manager), what, notFound);
    return { procurement, user };
  }

  /** The invitation must be for the actor's council; another council's answers 404, as if it did not exist. */
  private async lockInvitationForInvitee(
    manager: EntityManager,
    buyer: Actor & { councilCode: string },
    id: string,
    invitationId: string,
  ): Promise<{ procurement: JointProcurementOrmEntity; invitation: JointProcurementInvitationOrmEntity }> {
    const procurement = await manager.findOne(JointProcurementOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const invitation = procurement ? await manager.findOneBy(JointProcurementInvitationOrmEntity, { id: invitationId, jointProcurementId: id }) : null;
    if (!procurement || !invitation || invitation.councilCode !== buyer.councilCode) {
      if (procurement && canRead(await this.access.rolesOf(buyer, procurement, manager))) throw DomainError.notFound('Invitation');
      throw notFound();
    }
    return { procurement, invitation };
  }

  private async view(manager: EntityManager, id: string, hierarchy: CouncilHierarchy, options: { invitationOnly?: string } = {}): Promise<JointProcurementView> {
    const procurement = await manager.findOneByOrFail(JointProcurementOrmEntity, { id });
    const [participants, invitations, opportunity] = await Promise.all([
      manager.find(JointProcurementParticipantOrmEntity, { where: { jointProcurementId: id }, order: { isLead: 'DESC', joinedAt: 'ASC', councilCode: 'ASC' } }),
      // Invitations sent together share a time; the council code orders them steadily.
      manager.find(JointProcurementInvitationOrmEntity, { where: { jointProcurementId: id }, order: { invitedAt: 'ASC', councilCode: 'ASC' } }),
      manager.findOne(OpportunityOrmEntity, { where: { jointProcurementId: id }, select: { id: true } }),
    ]);
    const needs = participants.length ? await manager.findBy(NeedOrmEntity, { id: In(participants.map((p) => p.needId)) }) : [];
    const view = toJointProcurementView(procurement, participants, new Map(needs.map((need) => [need.id, need])), invitations, opportunity?.id ?? null, hierarchy);
    if (!options.invitationOnly) return view;
    // What a council that has just declined may still see: its own answer, not the working details.
    return { ...view, participants: [], invitations: view.invitations.filter((invitation) => invitation.id === options.invitationOnly), estimatedValue: null };
  }
}

function notFound(): DomainError {
  return DomainError.notFound('Joint procurement');
}

function requireBuyer(actor: Actor | undefined): Actor & { councilCode: string } {
  const buyer = requireRole(actor, 'buyer');
  if (!buyer.councilCode) throw new DomainError('forbidden', 'COUNCIL_REQUIRED', 'Your buyer account is not linked to a council');
  return buyer as Actor & { councilCode: string };
}

function requireId(value: string, field: string): void {
  requireUuid(value, field);
}

function requireNeedId(value: unknown): string {
  if (!isUuid(value)) throw DomainError.field('needId', 'needId must be the id (a UUID) of a need of your council');
  return value.toLowerCase();
}

function requireTitle(value: unknown): string {
  const title = typeof value === 'string' ? value.trim() : '';
  if (title === '') throw DomainError.field('title', 'title is required');
  if (title.length > JOINT_PROCUREMENT_LIMITS.title) throw DomainError.field('title', `title must be at most ${JOINT_PROCUREMENT_LIMITS.title} characters`);
  return title;
}

function optionalShare(value: unknown): bigint | null {
  if (value === undefined || value === null) return null;
  const errors: FieldError[] = [];
  const pence = money(errors, 'valueShare', value);
  if (errors.length > 0) throw DomainError.validation('INVALID_VALUE_SHARE', errors, errors[0].message);
  if (pence === 0n) throw DomainError.field('valueShare', 'valueShare must be more than zero');
  return pence;
}

/** A council's share defaults to its need's estimated value; a need without one needs the share stated. */
function shareOrEstimate(share: bigint | null, need: NeedForProcurement): bigint {
  if (share !== null) return share;
  const estimate = need.estimatedValuePence ?? 0n;
  if (estimate <= 0n) throw DomainError.field('valueShare', "valueShare is required: the need has no estimated value to default to");
  return estimate;
}

function optionalNote(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length > JOINT_PROCUREMENT_LIMITS.note) throw DomainError.field('reason', `reason must be at most ${JOINT_PROCUREMENT_LIMITS.note} characters`);
  return text === '' ? null : text;
}

function checkCouncilCodes(codes: unknown, hierarchy: CouncilHierarchy): string[] {
  if (!Array.isArray(codes) || codes.length === 0) throw DomainError.field('councilCodes', 'councilCodes must name at least one council');
  if (codes.length > JOINT_PROCUREMENT_LIMITS.invitations) {
    throw DomainError.field('councilCodes', `councilCodes must name at most ${JOINT_PROCUREMENT_LIMITS.invitations} councils`);
  }
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const clean = codes.map((code, index) => {
    const field = `councilCodes[${index}]`;
    const value = typeof code === 'string' ? code.trim().toUpperCase() : '';
    if (!hierarchy.has(value)) errors.push({ field, message: `${field} is not the GSS code of a current English council` });
    else if (seen.has(value)) errors.push({ field, message: `${field} repeats an earlier council` });
    seen.add(value);
    return value;
  });
  if (errors.length > 0) throw DomainError.validation('UNKNOWN_COUNCIL', errors, errors.map((error) => error.message).join('; '));
  return clean;
}
