import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { CpvService } from '@app/classification';
import { Actor, DomainError, offsetOf, Page, pageOf, PageRequest, requireActive, requireRole } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { diffListingContent, FieldChange } from '../domain/listing-diff';
import { ListingContent, ListingInput, mergeListingInput, validateListingContent } from '../domain/listing-content';
import { planListingTransition } from '../domain/listing-state';
import { checkListingQuality, QualityReport } from '../domain/quality';
import { CategoryOrmEntity } from '../infrastructure/category.orm-entity';
import { FrameworkOrmEntity } from '../infrastructure/framework.orm-entity';
import { lockListing, nextVersionNumber, requireVersion } from '../infrastructure/listing-queries';
import { ListingVersionOrmEntity } from '../infrastructure/listing-version.orm-entity';
import { ListingOrmEntity } from '../infrastructure/listing.orm-entity';
import { contentOfListing, contentOfVersion, listingColumnsOf } from '../infrastructure/listing.mapper';
import { LotOrmEntity } from '../infrastructure/lot.orm-entity';
import { readSupplierFacts } from '../infrastructure/supplier-facts';
import { canSeePrivate, isOwner, isPubliclyVisible, listingNotFound, requireListingId, stateOf } from './listing-access';
import { loadLookups, placementOf, presentListings, qualityColumnsOf, versionView } from './listing-presenter';
import { requirePageRequest } from './page-request';
import type { ListingPatch, ListingPrivateView, ListingVersionView, ListingView, NewListing, OwnListingSummaryView } from './listing.views';

/**
 * A supplier's listings: create, read, edit, submit, withdraw, and their history. Authorisation
 * lives here: a supplier's users see and change only its own listings (another's answers 404);
 * buyers and the public see a listing only while it is published by an active supplier on a live
 * framework; administrators see everything. Moderation decisions are ListingModerationService's.
 * Every change writes its audit event in the same transaction.
 */
@Injectable()
export class ListingService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CpvService) private readonly cpv: CpvService,
  ) {}

  /** A draft on a lot of an open framework, by a supplier user whose supplier is active. */
  async create(actor: Actor | undefined, input: NewListing): Promise<ListingPrivateView> {
    const user = requireRole(actor, 'supplier');
    if (!user.supplierId) {
      throw new DomainError('invalid_state', 'SUPPLIER_PROFILE_REQUIRED', 'Create your supplier profile before listing services');
    }
    const supplierId = user.supplierId;
    if (typeof input !== 'object' || input === null) throw DomainError.field('listing', 'the listing must be an object');
    const { framework, lot } = await this.placement(input.framework, input.lot);
    const content = await this.validate(this.dataSource.manager, input, lot);

    const id = await this.dataSource.transaction(async (manager) => {
      const facts = await readSupplierFacts(manager, supplierId);
      if (!facts) throw new DomainError('invalid_state', 'SUPPLIER_PROFILE_REQUIRED', 'Create your supplier profile before listing services');
      if (!facts.active) throw supplierSuspended();
      const { identifiers } = await manager.insert(ListingOrmEntity, {
        supplierId,
        frameworkId: framework.id,
        lotId: lot.id,
        status: 'draft',
        ...listingColumnsOf(content),
        currentVersion: 1,
        pendingVersion: null,
        supplierName: facts.name,
        supplierIsSme: facts.isSme,
        supplierIsVcse: facts.isVcse,
        supplierLocalTo: facts.localTo,
        supplierActive: facts.active,
      });
      const listingId = (identifiers[0] as { id: string }).id;
      await manager.insert(ListingVersionOrmEntity, { listingId, version: 1, state: 'draft', content, createdBy: user.userId });
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'listing.created',
        objectType: 'listing',
        objectId: listingId,
        before: null,
        after: { status: 'draft', version: 1, framework: framework.slug, lot: lot.slug, content },
      });
      return listingId;
    });
    return this.privateView(id);
  }

  async get(actor: Actor | undefined, id: string): Promise<ListingView> {
    requireListingId(id);
    const listing = await this.dataSource.getRepository(ListingOrmEntity).findOneBy({ id });
    if (!listing) throw listingNotFound();
    const privileged = canSeePrivate(actor, listing);
    if (!privileged) {
      const framework = await this.dataSource.getRepository(FrameworkOrmEntity).findOneByOrFail({ id: listing.frameworkId });
      if (!isPubliclyVisible(listing, framework)) throw listingNotFound();
    }
    const [view] = await presentListings(this.dataSource.manager, [listing], () => privileged);
    return view;
  }

  /**
   * The owner's change. A draft or rejected listing changes in place (and is a draft again); a
   * published one gets a pending revision, quality-checked like a submission, while the published
   * text stays live. A change that changes nothing does nothing.
   */
  async update(actor: Actor | undefined, id: string, patch: ListingPatch): Promise<ListingPrivateView> {
    const user = requireRole(actor, 'supplier');
    requireListingId(id);
    if (typeof patch !== 'object' || patch === null) throw DomainError.field('listing', 'the change must be an object');
    await this.dataSource.transaction(async (manager) => {
      const listing = await this.ownListing(manager, user, id);
      const { effect } = planListingTransition(stateOf(listing), 'edit');
      await this.requireSupplierActive(manager, listing.supplierId);
      await requireFrameworkNotExpired(manager, listing.frameworkId);
      const pending = effect === 'replace-revision' ? await requireVersion(manager, id, listing.pendingVersion!) : null;
      const base = pending ? contentOfVersion(pending) : contentOfListing(listing);
      const lot = await manager.findOneByOrFail(LotOrmEntity, { id: listing.lotId });
      const content = await this.validate(manager, mergeListingInput(base, patch), lot);
      const changes = changesBetween(base, content);
      if (changes.length === 0) return;

      if (effect === 'edit-in-place') {
        await manager.update(ListingVersionOrmEntity, { listingId: id, version: listing.currentVersion }, { content, state: 'draft' });
        await manager.update(ListingOrmEntity, { id }, { ...listingColumnsOf(content), status: 'draft' });
        await this.audit.record(manager, {
          actorUserId: user.userId,
          action: 'listing.edited',
          objectType: 'listing',
          objectId: id,
          before: { status: listing.status, version: listing.currentVersion },
          after: { status: 'draft', version: listing.currentVersion, changes },
        });
        return;
      }

      const quality = requireQuality(content);
      const version = await nextVersionNumber(manager, id);
      const now = new Date();
      if (pending) {
        await manager.update(
          ListingVersionOrmEntity,
          { id: pending.id },
          { state: 'withdrawn', decidedAt: now, reason: `Replaced by version ${version} before moderation` },
        );
      }
      await manager.insert(ListingVersionOrmEntity, {
        listingId: id,
        version,
        state: 'submitted',
        content,
        qualityScore: quality.score,
        createdBy: user.userId,
      });
      await manager.update(ListingOrmEntity, { id }, { pendingVersion: version, submittedAt: now });
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'listing.revision-submitted',
        objectType: 'listing',
        objectId: id,
        before: { status: listing.status, version: listing.currentVersion, pendingVersion: listing.pendingVersion },
        after: { status: listing.status, pendingVersion: version, qualityScore: quality.score, changes: changesBetween(contentOfListing(listing), content) },
      });
    });
    return this.privateView(id);
  }

  /** Sends a draft to the moderators once it passes the quality checks (422 naming every failure). */
  async submit(actor: Actor | undefined, id: string): Promise<ListingPrivateView> {
    const user = requireRole(actor, 'supplier');
    requireListingId(id);
    await this.dataSource.transaction(async (manager) => {
      const listing = await this.ownListing(manager, user, id);
      planListingTransition(stateOf(listing), 'submit');
      await this.requireSupplierActive(manager, listing.supplierId);
      await requireFrameworkNotExpired(manager, listing.frameworkId);
      const quality = requireQuality(contentOfListing(listing));
      await manager.update(
        ListingVersionOrmEntity,
        { listingId: id, version: listing.currentVersion },
        { state: 'submitted', qualityScore: quality.score, decidedAt: null, decidedBy: null, reason: null },
      );
      await manager.update(ListingOrmEntity, { id }, { status: 'submitted', ...qualityColumnsOf(quality), submittedAt: new Date(), rejectionReason: null });
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'listing.submitted',
        objectType: 'listing',
        objectId: id,
        before: { status: listing.status },
        after: { status: 'submitted', version: listing.currentVersion, qualityScore: quality.score, qualityMissing: quality.missing },
      });
    });
    return this.privateView(id);
  }

  /** Takes a listing down for good, whatever its state; a pending revision goes with it. */
  async withdraw(actor: Actor | undefined, id: string): Promise<ListingPrivateView> {
    const user = requireRole(actor, 'supplier');
    requireListingId(id);
    await this.dataSource.transaction(async (manager) => {
      const listing = await this.ownListing(manager, user, id);
      planListingTransition(stateOf(listing), 'withdraw');
      const versions = [listing.currentVersion, ...(listing.pendingVersion !== null ? [listing.pendingVersion] : [])];
      for (const version of versions) {
        await manager.update(ListingVersionOrmEntity, { listingId: id, version }, { state: 'withdrawn' });
      }
      await manager.update(ListingOrmEntity, { id }, { status: 'withdrawn', pendingVersion: null });
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'listing.withdrawn',
        objectType: 'listing',
        objectId: id,
        before: { status: listing.status, pendingVersion: listing.pendingVersion },
        after: { status: 'withdrawn', pendingVersion: null },
      });
    });
    return this.privateView(id);
  }

  /** Every version, newest first, with its state, dates and reasons: for the owner and administrators. */
  /** The supplier's own listings in every status, most recently changed first. */
  async listOwn(actor: Actor | undefined, page: PageRequest): Promise<Page<OwnListingSummaryView>> {
    const user = requireRole(actor, 'supplier');
    if (!user.supplierId) throw new DomainError('forbidden', 'SUPPLIER_PROFILE_REQUIRED', 'Create your supplier profile first');
    requirePageRequest(page);
    const [rows, total] = await this.dataSource.getRepository(ListingOrmEntity).findAndCount({
      where: { supplierId: user.supplierId },
      order: { updatedAt: 'DESC', id: 'DESC' },
      skip: offsetOf(page),
      take: page.pageSize,
    });
    const lookups = await loadLookups(this.dataSource.manager, rows, []);
    return pageOf(
      rows.map((row) => ({
        id: row.id,
        name: row.name,
        status: row.status,
        pendingRevision: row.pendingVersion !== null,
        rejectionReason: row.rejectionReason,
        updatedAt: row.updatedAt.toISOString(),
        ...placementOf(row, lookups),
      })),
      total,
      page,
    );
  }

  async history(actor: Actor | undefined, id: string, page: PageRequest): Promise<Page<ListingVersionView>> {
    requireActive(actor);
    requireListingId(id);
    requirePageRequest(page);
    const listing = await this.dataSource.getRepository(ListingOrmEntity).findOneBy({ id });
    if (!listing || !canSeePrivate(actor, listing)) throw listingNotFound();
    const [versions, total] = await this.dataSource.getRepository(ListingVersionOrmEntity).findAndCount({
      where: { listingId: id },
      order: { version: 'DESC' },
      skip: offsetOf(page),
      take: page.pageSize,
    });
    const { categories } = await loadLookups(this.dataSource.manager, [], versions.map((version) => contentOfVersion(version).categoryIds));
    return pageOf(
      versions.map((version) => versionView(version, listing, categories)),
      total,
      page,
    );
  }

  private async privateView(id: string): Promise<ListingPrivateView> {
    const listing = await this.dataSource.getRepository(ListingOrmEntity).findOneByOrFail({ id });
    const [view] = await presentListings(this.dataSource.manager, [listing], () => true);
    return view as ListingPrivateView;
  }

  /** The caller's own listing, locked; anyone else's is not found. */
  private async ownListing(manager: EntityManager, user: Actor, id: string): Promise<ListingOrmEntity> {
    const listing = await lockListing(manager, id);
    if (!listing || !isOwner(user, listing)) throw listingNotFound();
    return listing;
  }

  private async requireSupplierActive(manager: EntityManager, supplierId: string): Promise<void> {
    const facts = await readSupplierFacts(manager, supplierId);
    if (!facts?.active) throw supplierSuspended();
  }

  /** The framework (open) and its lot a new listing names; either unknown or unsuitable is a field error. */
  private async placement(frameworkSlug: unknown, lotSlug: unknown): Promise<{ framework: FrameworkOrmEntity; lot: LotOrmEntity }> {
    if (typeof frameworkSlug !== 'string' || frameworkSlug === '') throw DomainError.field('framework', 'framework is required');
    if (typeof lotSlug !== 'string' || lotSlug === '') throw DomainError.field('lot', 'lot is required');
    const framework = await this.dataSource.getRepository(FrameworkOrmEntity).findOneBy({ slug: frameworkSlug });
    if (!framework) throw DomainError.field('framework', `framework ${frameworkSlug} does not exist`);
    if (framework.status !== 'open') {
      throw DomainError.field('framework', `framework ${frameworkSlug} is ${framework.status}: services can be listed only while a framework is open`, 'FRAMEWORK_NOT_OPEN');
    }
    const lot = await this.dataSource.getRepository(LotOrmEntity).findOneBy({ frameworkId: framework.id, slug: lotSlug });
    if (!lot) throw DomainError.field('lot', `lot ${lotSlug} is not a lot of framework ${frameworkSlug}`);
    return { framework, lot };
  }

  /** The rules every save obeys (listing-content.ts), against the lot's categories and CPV 2008. */
  private async validate(manager: EntityManager, input: ListingInput, lot: LotOrmEntity): Promise<ListingContent> {
    const categories = await manager.find(CategoryOrmEntity, { where: { lotId: lot.id }, select: { id: true, slug: true } });
    const codes = Array.isArray(input.cpvCodes) ? input.cpvCodes.filter((code): code is string => typeof code === 'string').map((code) => code.trim().slice(0, 8)) : [];
    const known = new Set((await this.cpv.findMany(codes, manager)).map((code) => code.code));
    const result = validateListingContent(input, lot, categories, (code) => known.has(code));
    if (!result.ok) throw DomainError.validation('INVALID_LISTING', result.errors);
    return result.content;
  }
}

/** Submission and revisions must pass every blocking check; the report is kept for the queue. */
function requireQuality(content: ListingContent): QualityReport {
  const report = checkListingQuality(content);
  if (report.failures.length > 0) {
    throw DomainError.validation('LISTING_QUALITY', report.failures, `The listing is not ready for moderation: ${report.failures.map((failure) => failure.message).join('; ')}`);
  }
  return report;
}

/** What a change does, in a form the audit log keeps: categories by id. */
function changesBetween(before: ListingContent, after: ListingContent): FieldChange[] {
  const shown = ({ categoryIds, ...rest }: ListingContent) => ({ ...rest, categories: categoryIds });
  return diffListingContent(shown(before), shown(after));
}

async function requireFrameworkNotExpired(manager: EntityManager, frameworkId: string): Promise<void> {
  const framework = await manager.findOneByOrFail(FrameworkOrmEntity, { id: frameworkId });
  if (framework.status === 'expired') {
    throw new DomainError('invalid_state', 'FRAMEWORK_EXPIRED', 'The framework is expired: its listings can no longer be changed or submitted');
  }
}

function supplierSuspended(): DomainError {
  return new DomainError('invalid_state', 'SUPPLIER_SUSPENDED', 'Your supplier is suspended: its listings cannot be changed; contact an administrator');
}
