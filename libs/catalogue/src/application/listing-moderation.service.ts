import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { OutboxService } from '@app/queue';
import { Actor, DomainError, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { diffListingContent } from '../domain/listing-diff';
import { ListingAction, ListingEffect, planListingTransition } from '../domain/listing-state';
import { checkListingQuality } from '../domain/quality';
import { lockListing, nextVersionNumber, requireVersion } from '../infrastructure/listing-queries';
import { ListingVersionOrmEntity } from '../infrastructure/listing-version.orm-entity';
import { ListingOrmEntity } from '../infrastructure/listing.orm-entity';
import { contentOfListing, contentOfVersion, listingColumnsOf, toDisplayContent } from '../infrastructure/listing.mapper';
import { listingNotFound, requireListingId, stateOf } from './listing-access';
import { ListingDecision, ListingNotifier } from './listing-notifier';
import { loadLookups, placementOf, presentListings, qualityColumnsOf } from './listing-presenter';
import { requirePageRequest } from './page-request';
import type { ListingPrivateView, ModerationItemView } from './listing.views';

const MAX_REASON = 1000;
/** Far beyond any real history, and well inside the integer column. */
const MAX_VERSION = 1_000_000;

interface QueueRow {
  listing_id: string;
  version_id: string;
  kind: 'submission' | 'revision';
}

/**
 * What administrators decide about listings: the queue of first submissions and pending revisions,
 * and approve, reject, suspend, reinstate and revert. Each decision is planned by the state machine
 * (listing-state.ts), audited, and told to the supplier's users, all in one transaction.
 */
@Injectable()
export class ListingModerationService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ListingNotifier) private readonly notifier: ListingNotifier,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /**
   * New submissions and pending revisions, best quality first and then oldest first, each revision
   * with what it changes against the published text. A fixed number of queries per page.
   */
  async queue(actor: Actor | undefined, page: PageRequest): Promise<Page<ModerationItemView>> {
    requireRole(actor, 'admin');
    requirePageRequest(page);
    const from = `FROM listing l
      JOIN listing_version v ON v.listing_id = l.id
       AND v.version = CASE WHEN l.status = 'submitted' THEN l.current_version ELSE l.pending_version END
     WHERE l.status = 'submitted' OR (l.status = 'published' AND l.pending_version IS NOT NULL)`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`);
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT l.id AS listing_id, v.id AS version_id,
              CASE WHEN l.status = 'submitted' THEN 'submission' ELSE 'revision' END AS kind
         ${from}
        ORDER BY v.quality_score DESC, l.submitted_at ASC, l.id ASC
        LIMIT $1 OFFSET $2`,
      [page.pageSize, offsetOf(page)],
    );
    if (rows.length === 0) return pageOf([], total, page);

    const manager = this.dataSource.manager;
    const listings = await manager.findBy(ListingOrmEntity, { id: In(rows.map((row) => row.listing_id)) });
    const versions = await manager.findBy(ListingVersionOrmEntity, { id: In(rows.map((row) => row.version_id)) });
    const lookups = await loadLookups(manager, listings, [
      ...listings.map((listing) => listing.categoryIds),
      ...versions.map((version) => contentOfVersion(version).categoryIds),
    ]);
    const items = rows.map((row): ModerationItemView => {
      const listing = listings.find((candidate) => candidate.id === row.listing_id)!;
      const version = versions.find((candidate) => candidate.id === row.version_id)!;
      const content = contentOfVersion(version);
      return {
        listingId: listing.id,
        kind: row.kind,
        version: version.version,
        name: content.name,
        supplier: { id: listing.supplierId, name: listing.supplierName },
        ...placementOf(listing, lookups),
        qualityScore: version.qualityScore,
        qualityMissing: checkListingQuality(content).missing,
        submittedAt: (listing.submittedAt ?? version.createdAt).toISOString(),
        changes:
          row.kind === 'revision'
            ? diffListingContent(toDisplayContent(contentOfListing(listing), lookups.categories), toDisplayContent(content, lookups.categories))
            : [],
      };
    });
    return pageOf(items, total, page);
  }

  /** Publishes a first submission, or makes a pending revision the published text (the old one is superseded). */
  approve(actor: Actor | undefined, id: string): Promise<ListingPrivateView> {
    return this.decide(actor, id, 'approve', null, async (manager, listing, effect, admin, now) => {
      if (effect === 'publish') {
        await manager.update(
          ListingVersionOrmEntity,
          { listingId: id, version: listing.currentVersion },
          { state: 'published', decidedBy: admin.userId, decidedAt: now, reason: null },
        );
        await manager.update(ListingOrmEntity, { id }, { status: 'published', publishedAt: listing.publishedAt ?? now, rejectionReason: null });
        await this.enqueueMatching(manager, id, listing.currentVersion);
        return { decision: 'approved', after: { status: 'published', version: listing.currentVersion } };
      }
      const revision = await requireVersion(manager, id, listing.pendingVersion!);
      const content = contentOfVersion(revision);
      await manager.update(ListingVersionOrmEntity, { listingId: id, version: listing.currentVersion }, { state: 'superseded' });
      await manager.update(ListingVersionOrmEntity, { id: revision.id }, { state: 'published', decidedBy: admin.userId, decidedAt: now, reason: null });
      await manager.update(
        ListingOrmEntity,
        { id },
        { ...listingColumnsOf(content), ...qualityColumnsOf(checkListingQuality(content)), currentVersion: revision.version, pendingVersion: null },
      );
      await this.enqueueMatching(manager, id, revision.version);
      return {
        decision: 'revision-approved',
        name: content.name,
        after: { status: 'published', version: revision.version, superseded: listing.currentVersion },
      };
    });
  }

  /** Rejects a first submission (the supplier may edit and resubmit) or a pending revision (the published text stays). */
  reject(actor: Actor | undefined, id: string, reason: string): Promise<ListingPrivateView> {
    const why = requireReason(reason);
    return this.decide(actor, id, 'reject', why, async (manager, listing, effect, admin, now) => {
      if (effect === 'reject') {
        await manager.update(
          ListingVersionOrmEntity,
          { listingId: id, version: listing.currentVersion },
          { state: 'rejected', decidedBy: admin.userId, decidedAt: now, reason: why },
        );
        await manager.update(ListingOrmEntity, { id }, { status: 'rejected', rejectionReason: why });
        return { decision: 'rejected', after: { status: 'rejected', version: listing.currentVersion, reason: why } };
      }
      await manager.update(
        ListingVersionOrmEntity,
        { listingId: id, version: listing.pendingVersion! },
        { state: 'rejected', decidedBy: admin.userId, decidedAt: now, reason: why },
      );
      await manager.update(ListingOrmEntity, { id }, { pendingVersion: null });
      return { decision: 'revision-rejected', after: { status: 'published', rejectedVersion: listing.pendingVersion, reason: why } };
    });
  }

  /** Hides a published listing from buyers until it is reinstated. */
  suspend(actor: Actor | undefined, id: string, reason?: string | null): Promise<ListingPrivateView> {
    const why = optionalReason(reason);
    return this.decide(actor, id, 'suspend', why, async (manager) => {
      await manager.update(ListingOrmEntity, { id }, { status: 'suspended' });
      return { decision: 'suspended', after: { status: 'suspended', reason: why } };
    });
  }

  reinstate(actor: Actor | undefined, id: string, reason?: string | null): Promise<ListingPrivateView> {
    const why = optionalReason(reason);
    return this.decide(actor, id, 'reinstate', why, async (manager) => {
      await manager.update(ListingOrmEntity, { id }, { status: 'published' });
      return { decision: 'reinstated', after: { status: 'published', reason: why } };
    });
  }

  /**
   * Republishes the content of an earlier published (now superseded) version as a new version; the
   * version on show is superseded. Every version stays in the history.
   */
  revert(actor: Actor | undefined, id: string, version: number, reason?: string | null): Promise<ListingPrivateView> {
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > MAX_VERSION) {
      throw DomainError.field('version', `version must be a whole number from 1 to ${MAX_VERSION}`);
    }
    const why = optionalReason(reason);
    return this.decide(actor, id, 'revert', why, async (manager, listing, _effect, admin, now) => {
      const target = await manager.findOneBy(ListingVersionOrmEntity, { listingId: id, version });
      if (!target) throw DomainError.field('version', `version ${version} does not exist for this listing`, 'LISTING_VERSION_NOT_FOUND');
      if (version === listing.currentVersion) throw DomainError.field('version', `version ${version} is already the version on show`, 'LISTING_VERSION_CURRENT');
      if (target.state !== 'superseded') {
        throw DomainError.field('version', `version ${version} was never published (it is ${target.state}); only an earlier published version can be restored`, 'LISTING_VERSION_NOT_PUBLISHED');
      }
      const content = contentOfVersion(target);
      const quality = checkListingQuality(content);
      const created = await nextVersionNumber(manager, id);
      await manager.update(ListingVersionOrmEntity, { listingId: id, version: listing.currentVersion }, { state: 'superseded' });
      await manager.insert(ListingVersionOrmEntity, {
        listingId: id,
        version: created,
        state: 'published',
        content,
        qualityScore: quality.score,
        createdBy: admin.userId,
        decidedBy: admin.userId,
        decidedAt: now,
        reason: why ? `Reverted to version ${version}: ${why}` : `Reverted to version ${version}`,
      });
      await manager.update(ListingOrmEntity, { id }, { ...listingColumnsOf(content), ...qualityColumnsOf(quality), currentVersion: created });
      return {
        decision: 'reverted',
        name: content.name,
        after: { status: listing.status, version: created, copiedFrom: version, superseded: listing.currentVersion, reason: why },
      };
    });
  }

  /** Published text is new: match it against open opportunities and saved searches once the decision commits. */
  private async enqueueMatching(manager: EntityManager, listingId: string, version: number): Promise<void> {
    await this.outbox.enqueue(manager, { name: 'listing.published', payload: { listingId, version }, jobId: `listing-published-${listingId}-${version}` });
    await this.outbox.enqueue(manager, {
      name: 'saved-search.item-published',
      payload: { kind: 'listing', itemId: listingId },
      jobId: `saved-search-listing-${listingId}-${version}`,
    });
  }

  /**
   * The frame every decision shares: administrators only, the listing locked, the transition planned
   * (409 naming the state when not allowed), the change applied, audited and told to the supplier.
   */
  private async decide(
    actor: Actor | undefined,
    id: string,
    action: ListingAction,
    reason: string | null,
    apply: (
      manager: EntityManager,
      listing: ListingOrmEntity,
      effect: ListingEffect,
      admin: Actor,
      now: Date,
    ) => Promise<{ decision: ListingDecision; after: object; name?: string }>,
  ): Promise<ListingPrivateView> {
    const admin = requireRole(actor, 'admin');
    requireListingId(id);
    await this.dataSource.transaction(async (manager) => {
      const listing = await lockListing(manager, id);
      if (!listing) throw listingNotFound();
      const { effect } = planListingTransition(stateOf(listing), action);
      const outcome = await apply(manager, listing, effect, admin, new Date());
      await this.audit.record(manager, {
        actorUserId: admin.userId,
        action: `listing.${outcome.decision}`,
        objectType: 'listing',
        objectId: id,
        before: { status: listing.status, version: listing.currentVersion, pendingVersion: listing.pendingVersion },
        after: outcome.after,
      });
      await this.notifier.tell(manager, { id, supplierId: listing.supplierId, name: outcome.name ?? listing.name }, outcome.decision, reason);
    });
    const listing = await this.dataSource.getRepository(ListingOrmEntity).findOneByOrFail({ id });
    const [view] = await presentListings(this.dataSource.manager, [listing], () => true);
    return view as ListingPrivateView;
  }
}

function requireReason(reason: unknown): string {
  if (typeof reason !== 'string' || reason.trim() === '') throw DomainError.field('reason', 'reason is required: tell the supplier what to change');
  if (reason.trim().length > MAX_REASON) throw DomainError.field('reason', `reason must be at most ${MAX_REASON} characters`);
  return reason.trim();
}

function optionalReason(reason: unknown): string | null {
  if (reason === undefined || reason === null) return null;
  if (typeof reason !== 'string') throw DomainError.field('reason', 'reason must be text');
  if (reason.trim().length > MAX_REASON) throw DomainError.field('reason', `reason must be at most ${MAX_REASON} characters`);
  return reason.trim() || null;
}
