import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, DomainError, FieldError, offsetOf, Page, pageOf, PageRequest, penceToPounds, requireActive, requireRole } from '@app/shared';
import { DataSource, In } from 'typeorm';
import { canRead, ProcurementAccess, ProcurementRoles } from '../../joint-procurements/application/procurement-access';
import { JointProcurementOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement.orm-entity';
import { chooseResponseListing } from '../domain/eligibility';
import { money } from '../domain/opportunity-draft';
import { effectiveOpportunityStatus, nextOpportunityStatus } from '../domain/opportunity-state';
import { nextResponseStatus } from '../domain/response-state';
import { OpportunityCriterionOrmEntity } from '../infrastructure/opportunity-criterion.orm-entity';
import { OpportunityResponseOrmEntity, ResponseAnswer } from '../infrastructure/opportunity-response.orm-entity';
import { OpportunityOrmEntity } from '../infrastructure/opportunity.orm-entity';
import { MarketReader } from './market-reader';
import { opportunityNotFound } from './opportunity-view-builder';
import { requireOpportunityId } from './opportunity.service';
import type { ResponseInput, ResponseView } from './opportunity.views';
import { isUuid, requireUuid } from './request-ids';
import { ResponseViewBuilder } from './response-view-builder';

export const RESPONSE_LIMITS = { summary: 5_000, answer: 10_000 } as const;

/**
 * Suppliers' responses. One live response per supplier, saved as a draft or submitted, replaced in
 * place until close (with the opportunity row share-locked, so a close waits for a save in flight).
 * A supplier sees only its own, even by id; the procurement's buyers see submitted ones after close.
 */
@Injectable()
export class ResponseService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ProcurementAccess) private readonly access: ProcurementAccess,
    @Inject(MarketReader) private readonly market: MarketReader,
    @Inject(ResponseViewBuilder) private readonly views: ResponseViewBuilder,
  ) {}

  async save(actor: Actor | undefined, opportunityId: string, input: ResponseInput): Promise<ResponseView> {
    requireOpportunityId(opportunityId);
    const user = requireRole(actor, 'supplier');
    const supplierId = user.supplierId;
    if (!supplierId) throw new DomainError('forbidden', 'SUPPLIER_PROFILE_REQUIRED', 'Create your supplier profile before responding');
    const basics = checkBasics(input);

    const id = await this.dataSource.transaction(async (manager) => {
      // Locked for update so that two first saves by one supplier (a double click) take turns
      // instead of racing to insert two rows.
      const opportunity = await manager.findOne(OpportunityOrmEntity, { where: { id: opportunityId }, lock: { mode: 'pessimistic_write' } });
      if (!opportunity) throw opportunityNotFound();
      nextOpportunityStatus(effectiveOpportunityStatus(opportunity.status, opportunity.closingAt, new Date()), 'respond');

      const criteria = await manager.find(OpportunityCriterionOrmEntity, { where: { opportunityId }, order: { position: 'ASC' } });
      const answers = checkAnswers(input.answers, criteria, input.submit === true);
      const supplier = (await this.market.suppliers([supplierId], manager)).get(supplierId);
      const lot = opportunity.lotId ? (await this.market.lots([opportunity.lotId], manager)).get(opportunity.lotId) : undefined;
      const listings = opportunity.lotId
        ? await this.market.listingsOnLot(supplierId, opportunity.lotId, manager)
        : await this.market.ownListings(supplierId, basics.listingId ? [basics.listingId] : [], manager);
      const listingId = chooseResponseListing(
        {
          route: opportunity.route,
          lot: lot ? { name: lot.name, frameworkName: lot.framework.name } : null,
          listings,
          supplierActive: supplier?.active ?? false,
        },
        basics.listingId,
      );

      const existing = await manager.findOne(OpportunityResponseOrmEntity, { where: { opportunityId, supplierId }, lock: { mode: 'pessimistic_write' } });
      const status = nextResponseStatus(existing?.status ?? 'draft', input.submit === true ? 'submit' : 'save-draft');
      const now = new Date();
      const content = {
        listingId,
        status,
        pricePence: basics.pricePence.toString(),
        summary: basics.summary,
        answers,
        submittedAt: status === 'submitted' ? now : null,
        updatedBy: user.userId,
      };
      let responseId: string;
      if (existing) {
        await manager.update(OpportunityResponseOrmEntity, { id: existing.id }, { ...content, revision: existing.revision + 1 });
        responseId = existing.id;
      } else {
        const row = manager.create(OpportunityResponseOrmEntity, { opportunityId, supplierId, revision: 1, ...content });
        await manager.save(row);
        responseId = row.id;
      }
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: status === 'submitted' ? 'opportunity.response-submitted' : 'opportunity.response-saved',
        objectType: 'opportunity-response',
        objectId: responseId,
        before: existing ? { status: existing.status, revision: existing.revision, price: penceToPounds(existing.pricePence) } : null,
        after: { opportunityId, supplierId, status, revision: (existing?.revision ?? 0) + 1, price: penceToPounds(basics.pricePence), listingId },
      });
      return responseId;
    });
    const row = await this.dataSource.manager.findOneByOrFail(OpportunityResponseOrmEntity, { id });
    const [view] = await this.views.many(this.dataSource.manager, [row], { withEvaluation: false });
    return view;
  }

  /** A supplier: its own response (none or one). The procurement's buyers and admins: every submitted response once closed. */
  async list(actor: Actor | undefined, opportunityId: string, page: PageRequest): Promise<Page<ResponseView>> {
    requireOpportunityId(opportunityId);
    const user = requireActive(actor);
    const { opportunity, roles } = await this.context(user, opportunityId);
    const manager = this.dataSource.manager;
    if (user.role === 'supplier') {
      const own = user.supplierId ? await manager.findBy(OpportunityResponseOrmEntity, { opportunityId, supplierId: user.supplierId }) : [];
      return pageOf(page.page === 1 ? await this.views.many(manager, own, { withEvaluation: false }) : [], own.length, page);
    }
    requireEvaluator(roles, opportunity);
    const [rows, total] = await manager.findAndCount(OpportunityResponseOrmEntity, {
      where: { opportunityId, status: In(['submitted', 'scored']) },
      order: { submittedAt: 'ASC', id: 'ASC' },
      skip: offsetOf(page),
      take: page.pageSize,
    });
    return pageOf(await this.views.many(manager, rows, { withEvaluation: true }), total, page);
  }

  async get(actor: Actor | undefined, opportunityId: string, responseId: string): Promise<ResponseView> {
    requireOpportunityId(opportunityId);
    requireUuid(responseId, 'rid');
    const user = requireActive(actor);
    const { opportunity, roles } = await this.context(user, opportunityId);
    const manager = this.dataSource.manager;
    const row = await manager.findOneBy(OpportunityResponseOrmEntity, { id: responseId, opportunityId });
    if (user.role === 'supplier') {
      // Another supplier's response is exactly as absent as one that does not exist.
      if (!row || !user.supplierId || row.supplierId !== user.supplierId) throw responseNotFound();
      const [view] = await this.views.many(manager, [row], { withEvaluation: false });
      return view;
    }
    requireEvaluator(roles, opportunity);
    if (!row || row.status === 'draft') throw responseNotFound();
    const [view] = await this.views.many(manager, [row], { withEvaluation: true });
    return view;
  }

  private async context(user: Actor, opportunityId: string): Promise<{ opportunity: OpportunityOrmEntity; roles: ProcurementRoles }> {
    const opportunity = await this.dataSource.manager.findOneBy(OpportunityOrmEntity, { id: opportunityId });
    if (!opportunity) throw opportunityNotFound();
    const procurement = await this.dataSource.manager.findOneByOrFail(JointProcurementOrmEntity, { id: opportunity.jointProcurementId });
    return { opportunity, roles: await this.access.rolesOf(user, procurement) };
  }
}

/**
 * Responses are sealed until close: not even the buyers read them while suppliers can still change
 * theirs. Buyers of other councils learn nothing (404), like any private object.
 */
export function requireEvaluator(roles: ProcurementRoles, opportunity: OpportunityOrmEntity): void {
  if (!roles.participant && !roles.admin) {
    throw canRead(roles) ? new DomainError('forbidden', 'PARTICIPANT_ONLY', 'Only buyers of a participating council can read responses') : responseNotFound();
  }
  if (opportunity.closedAt === null) {
    throw new DomainError('invalid_state', 'RESPONSES_SEALED', `The opportunity is ${opportunity.status}: responses are sealed until it is closed`);
  }
}

export function responseNotFound(): DomainError {
  return DomainError.notFound('Response');
}

function checkBasics(input: ResponseInput): { pricePence: bigint; summary: string; listingId: string | null } {
  const errors: FieldError[] = [];
  const pricePence = money(errors, 'price', input.price);
  const summary = typeof input.summary === 'string' ? input.summary.trim() : '';
  if (summary.length > RESPONSE_LIMITS.summary) errors.push({ field: 'summary', message: `summary must be at most ${RESPONSE_LIMITS.summary} characters` });
  let listingId: string | null = null;
  if (input.listingId !== undefined && input.listingId !== null) {
    if (!isUuid(input.listingId)) errors.push({ field: 'listingId', message: 'listingId must be the id (a UUID) of one of your listings' });
    else listingId = input.listingId.toLowerCase();
  }
  if (typeof input.submit !== 'boolean') errors.push({ field: 'submit', message: 'submit must be true (submit) or false (save a draft)' });
  if (errors.length > 0) throw DomainError.validation('INVALID_RESPONSE', errors, errors.map((error) => error.message).join('; '));
  return { pricePence: pricePence ?? 0n, summary, listingId };
}

/** Answers name the opportunity's criteria, once each; a submission answers every criterion. */
function checkAnswers(input: unknown, criteria: OpportunityCriterionOrmEntity[], submitting: boolean): ResponseAnswer[] {
  if (!Array.isArray(input)) throw DomainError.field('answers', 'answers must be a list of { criterionId, answer }');
  const errors: FieldError[] = [];
  const known = new Set(criteria.map((criterion) => criterion.id));
  const seen = new Set<string>();
  const answers = input.map((item: Partial<ResponseAnswer>, index) => {
    const field = `answers[${index}]`;
    const criterionId = typeof item?.criterionId === 'string' ? item.criterionId.toLowerCase() : '';
    const answer = typeof item?.answer === 'string' ? item.answer.trim() : '';
    if (!known.has(criterionId)) errors.push({ field: `${field}.criterionId`, message: `${field}.criterionId is not a criterion of this opportunity` });
    else if (seen.has(criterionId)) errors.push({ field: `${field}.criterionId`, message: `${field}.criterionId is answered twice` });
    seen.add(criterionId);
    if (answer.length > RESPONSE_LIMITS.answer) errors.push({ field: `${field}.answer`, message: `${field}.answer must be at most ${RESPONSE_LIMITS.answer} characters` });
    if (submitting && answer === '') errors.push({ field: `${field}.answer`, message: `${field}.answer is required to submit` });
    return { criterionId, answer };
  });
  if (submitting) {
    const missing = criteria.filter((criterion) => !seen.has(criterion.id));
    if (missing.length > 0) errors.push({ field: 'answers', message: `answers must answer every criterion to submit; missing: ${missing.map((c) => c.name).join(', ')}` });
  }
  if (errors.length > 0) throw DomainError.validation('INVALID_RESPONSE', errors, errors.map((error) => error.message).join('; '));
  // Kept in the criteria's order, whatever order they came in.
  const position = new Map(criteria.map((criterion) => [criterion.id, criterion.position]));
  return answers.sort((a, b) => (position.get(a.criterionId) ?? 0) - (position.get(b.criterionId) ?? 0));
}
