import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, DomainError, FieldError, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  categoryDefinition,
  FRAMEWORK_LIMITS,
  LotDefinition,
  optionalText,
  requiredText,
  slugField,
  validateLotDefinitions,
} from '../domain/framework-definition';
import { assertFrameworkTransition, FrameworkStatus, isFrameworkStatus } from '../domain/framework-status';
import { assignCategorySlugs, isSlug } from '../domain/slug';
import { CategoryOrmEntity } from '../infrastructure/category.orm-entity';
import { FrameworkOrmEntity } from '../infrastructure/framework.orm-entity';
import { toCategoryView } from '../infrastructure/listing.mapper';
import { LotOrmEntity } from '../infrastructure/lot.orm-entity';
import { uniqueViolationOf } from '@app/db';
import { requirePageRequest } from './page-request';
import type {
  FrameworkFilter,
  FrameworkPatch,
  FrameworkSummaryView,
  FrameworkView,
  LotSummaryView,
  NewFramework,
} from './framework.views';

/**
 * Frameworks, their lots and categories. Anyone reads them; administrators create and change them,
 * and every change is audited in the same transaction. Status moves one step at a time
 * (framework-status.ts). Nothing is ever deleted: listings point at lots and categories.
 */
@Injectable()
export class FrameworkService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Every framework (or those with one status), by name, each with its lots: three queries. */
  async list(filter: FrameworkFilter, page: PageRequest): Promise<Page<FrameworkSummaryView>> {
    requirePageRequest(page);
    if (filter.status !== undefined && !isFrameworkStatus(filter.status)) {
      throw DomainError.field('status', 'status must be one of coming, open, live, expired');
    }
    const [frameworks, total] = await this.dataSource.getRepository(FrameworkOrmEntity).findAndCount({
      where: filter.status ? { status: filter.status } : {},
      order: { name: 'ASC', id: 'ASC' },
      skip: offsetOf(page),
      take: page.pageSize,
    });
    const lots = frameworks.length
      ? await this.dataSource.getRepository(LotOrmEntity).find({ where: { frameworkId: In(frameworks.map((f) => f.id)) }, order: { slug: 'ASC' } })
      : [];
    const items = frameworks.map((framework) => toSummaryView(framework, lots.filter((lot) => lot.frameworkId === framework.id).map(toLotSummary)));
    return pageOf(items, total, page);
  }

  async get(slug: string): Promise<FrameworkView> {
    requireFrameworkSlug(slug);
    return this.view(this.dataSource.manager, slug);
  }

  /** A new framework starts as coming, with its lots and their categories. */
  async create(actor: Actor | undefined, input: NewFramework): Promise<FrameworkView> {
    const admin = requireRole(actor, 'admin');
    const errors: FieldError[] = [];
    const fail = (field: string, message: string) => errors.push({ field, message });
    if (typeof input !== 'object' || input === null) throw DomainError.field('framework', 'the framework must be an object');
    const slug = slugField(input.slug, 'slug', fail);
    const name = requiredText(input.name, 'name', FRAMEWORK_LIMITS.name, fail);
    const description = optionalText(input.description, 'description', FRAMEWORK_LIMITS.description, fail);
    const lots = validateLotDefinitions(input.lots, 'lots', [], fail);
    if (Array.isArray(input.lots) && input.lots.length === 0) fail('lots', 'lots must list at least one lot');
    const slugged = lots.map((lot, index) => assignCategorySlugs([], lot.categories, `lots[${index}].categories`));
    slugged.forEach((result) => errors.push(...result.errors));
    if (errors.length > 0) throw DomainError.validation('INVALID_FRAMEWORK', errors);

    try {
      await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.insert(FrameworkOrmEntity, { slug, name, description, status: 'coming' });
        const frameworkId = (identifiers[0] as { id: string }).id;
        for (const [index, lot] of lots.entries()) {
          await insertLot(manager, frameworkId, { ...lot, categories: [] }, slugged[index].categories);
        }
        await this.audit.record(manager, {
          actorUserId: admin.userId,
          action: 'framework.created',
          objectType: 'framework',
          objectId: frameworkId,
          before: null,
          after: { slug, name, description, status: 'coming', lots: lots.map(lotSnapshot) },
        });
      });
    } catch (error) {
      if (uniqueViolationOf(error)?.constraint === 'uq_framework_slug') throw slugTaken(slug);
      throw error;
    }
    return this.view(this.dataSource.manager, slug);
  }

  /**
   * Changes name, description and status, and adds lots and categories, all or nothing. A status
   * that is not the next step is refused (409) naming the current status.
   */
  async update(actor: Actor | undefined, slug: string, patch: FrameworkPatch): Promise<FrameworkView> {
    const admin = requireRole(actor, 'admin');
    requireFrameworkSlug(slug);
    if (typeof patch !== 'object' || patch === null) throw DomainError.field('framework', 'the change must be an object');
    await this.dataSource.transaction(async (manager) => {
      const framework = await manager.findOne(FrameworkOrmEntity, { where: { slug }, lock: { mode: 'pessimistic_write' } });
      if (!framework) throw DomainError.notFound('Framework');
      const lots = await manager.find(LotOrmEntity, { where: { frameworkId: framework.id } });

      const errors: FieldError[] = [];
      const fail = (field: string, message: string) => errors.push({ field, message });
      const name = patch.name !== undefined ? requiredText(patch.name, 'name', FRAMEWORK_LIMITS.name, fail) : framework.name;
      const description =
        patch.description !== undefined ? optionalText(patch.description, 'description', FRAMEWORK_LIMITS.description, fail) : framework.description;
      if (patch.status !== undefined && !isFrameworkStatus(patch.status)) fail('status', 'status must be one of coming, open, live, expired');
      const newLots = patch.addLots !== undefined ? validateLotDefinitions(patch.addLots, 'addLots', lots.map((lot) => lot.slug), fail) : [];
      const added = categoryAdditions(patch.addCategories, fail);
      if (errors.length > 0) throw DomainError.validation('INVALID_FRAMEWORK', errors);
      const status = patch.status as FrameworkStatus | undefined;
      if (status !== undefined) assertFrameworkTransition(framework.status, status);

      // New categories by lot: those of new lots and those added by lot slug, slugged against what each lot has.
      const lotSlugs = new Set([...lots.map((lot) => lot.slug), ...newLots.map((lot) => lot.slug)]);
      added.forEach((category, index) => {
        if (category.lot && !lotSlugs.has(category.lot)) fail(`addCategories[${index}].lot`, `addCategories[${index}].lot: the framework has no lot ${category.lot}`);
      });
      if (errors.length > 0) throw DomainError.validation('INVALID_FRAMEWORK', errors);
      const existingCategories = lots.length
        ? await manager.find(CategoryOrmEntity, { where: { lotId: In(lots.map((lot) => lot.id)) }, select: { id: true, lotId: true, slug: true } })
        : [];
      const plans = [...lotSlugs].map((lotSlug) => {
        const lot = lots.find((candidate) => candidate.slug === lotSlug);
        const newLot = newLots.find((candidate) => candidate.slug === lotSlug);
        const positions: { path: string; category: { name: string; parentName: string | null } }[] = [
          ...(newLot?.categories ?? []).map((category, position) => ({
            path: `addLots[${newLots.indexOf(newLot!)}].categories[${position}]`,
            category,
          })),
          ...added.flatMap((category, index) => (category.lot === lotSlug ? [{ path: `addCategories[${index}]`, category }] : [])),
        ];
        const existing = lot ? existingCategories.filter((category) => category.lotId === lot.id) : [];
        const { categories, errors: slugErrors } = assignCategorySlugs(existing, positions.map((entry) => entry.category), 'categories');
        // Errors name positions in the combined list; point them back at the request's own paths.
        slugErrors.forEach((error) => {
          const index = Number(/^categories\[(\d+)\]/.exec(error.field)?.[1]);
          const path = positions[index]?.path ?? 'addCategories';
          errors.push({ field: `${path}.name`, message: error.message.replace(/^categories\[\d+\]\.name/, `${path}.name`) });
        });
        return { lotSlug, lot, newLot, categories };
      });
      if (errors.length > 0) throw DomainError.validation('INVALID_FRAMEWORK', errors);

      const before = { name: framework.name, description: framework.description, status: framework.status };
      const after = { name, description, status: status ?? framework.status };
      const addedLots = plans.filter((plan) => plan.newLot);
      const addedCategories = plans.flatMap((plan) => plan.categories.map((category) => ({ lot: plan.lotSlug, ...category })));
      if (JSON.stringify(before) === JSON.stringify(after) && addedLots.length === 0 && addedCategories.length === 0) return;

      await manager.update(FrameworkOrmEntity, { id: framework.id }, after);
      for (const plan of plans) {
        if (plan.newLot) await insertLot(manager, framework.id, plan.newLot, plan.categories);
        else if (plan.lot && plan.categories.length > 0) await insertCategories(manager, plan.lot.id, plan.categories);
      }
      await this.audit.record(manager, {
        actorUserId: admin.userId,
        action: status && status !== framework.status ? 'framework.status-changed' : 'framework.updated',
        objectType: 'framework',
        objectId: framework.id,
        before,
        after: { ...after, addedLots: addedLots.map((plan) => plan.lotSlug), addedCategories },
      });
    });
    return this.view(this.dataSource.manager, slug);
  }

  private async view(manager: EntityManager, slug: string): Promise<FrameworkView> {
    const framework = await manager.findOneBy(FrameworkOrmEntity, { slug });
    if (!framework) throw DomainError.notFound('Framework');
    const lots = await manager.find(LotOrmEntity, { where: { frameworkId: framework.id }, order: { slug: 'ASC' } });
    const categories = lots.length
      ? await manager.find(CategoryOrmEntity, {
          where: { lotId: In(lots.map((lot) => lot.id)) },
          order: { parentName: { direction: 'ASC', nulls: 'FIRST' }, name: 'ASC', slug: 'ASC' },
        })
      : [];
    return {
      ...toSummaryView(framework, []),
      lots: lots.map((lot) => ({
        ...toLotSummary(lot),
        categories: categories.filter((category) => category.lotId === lot.id).map(toCategoryView),
      })),
    };
  }
}

async function insertLot(
  manager: EntityManager,
  frameworkId: string,
  lot: LotDefinition,
  categories: { slug: string; name: string; parentName: string | null }[],
): Promise<void> {
  const { identifiers } = await manager.insert(LotOrmEntity, {
    frameworkId,
    slug: lot.slug,
    name: lot.name,
    description: lot.description,
    maxCategoriesPerService: lot.maxCategoriesPerService,
  });
  await insertCategories(manager, (identifiers[0] as { id: string }).id, categories);
}

async function insertCategories(manager: EntityManager, lotId: string, categories: { slug: string; name: string; parentName: string | null }[]): Promise<void> {
  if (categories.length === 0) return;
  await manager.insert(
    CategoryOrmEntity,
    categories.map((category) => ({ lotId, slug: category.slug, name: category.name, parentName: category.parentName })),
  );
}

function categoryAdditions(value: unknown, fail: (field: string, message: string) => void): { lot: string; name: string; parentName: string | null }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail('addCategories', 'addCategories must be a list');
    return [];
  }
  if (value.length > FRAMEWORK_LIMITS.categoriesPerLot) {
    fail('addCategories', `addCategories must have at most ${FRAMEWORK_LIMITS.categoriesPerLot} entries`);
    return [];
  }
  return value.map((entry: unknown, index) => {
    const path = `addCategories[${index}]`;
    const category = categoryDefinition(entry, path, fail);
    const lot = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).lot : undefined;
    return { ...category, lot: slugField(lot, `${path}.lot`, fail) };
  });
}

function lotSnapshot(lot: LotDefinition) {
  return { slug: lot.slug, name: lot.name, maxCategoriesPerService: lot.maxCategoriesPerService, categories: lot.categories.length };
}

function toSummaryView(framework: FrameworkOrmEntity, lots: LotSummaryView[]): FrameworkSummaryView {
  return {
    id: framework.id,
    slug: framework.slug,
    name: framework.name,
    description: framework.description,
    status: framework.status,
    lots,
    createdAt: framework.createdAt.toISOString(),
    updatedAt: framework.updatedAt.toISOString(),
  };
}

function toLotSummary(lot: LotOrmEntity): LotSummaryView {
  return { id: lot.id, slug: lot.slug, name: lot.name, description: lot.description, maxCategoriesPerService: lot.maxCategoriesPerService };
}

/** A malformed slug is the caller's mistake (400), told apart from one that names nothing (404). */
function requireFrameworkSlug(slug: string): void {
  if (!isSlug(slug)) {
    throw new DomainError('bad_request', 'INVALID_FRAMEWORK_SLUG', 'slug must be a framework slug such as g-cloud-13', [
      { field: 'slug', message: 'slug must be lower-case letters, digits and hyphens, such as g-cloud-13' },
    ]);
  }
}

function slugTaken(slug: string): DomainError {
  return new DomainError('conflict', 'FRAMEWORK_SLUG_TAKEN', `A framework with slug ${slug} already exists`, [
    { field: 'slug', message: `slug ${slug} is already used by another framework` },
  ]);
}
