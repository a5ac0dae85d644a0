import { assignCategorySlugs, isSlug, slugify } from './slug';

describe('slugs', () => {
  it('makes slugs from names', () => {
    expect(slugify('Platform as a service (PaaS)')).toBe('platform-as-a-service-paas');
    expect(slugify('Archiving, backup and disaster recovery')).toBe('archiving-backup-and-disaster-recovery');
    expect(slugify('  Café – Résumé  ')).toBe('cafe-resume');
    expect(isSlug('g-cloud-13')).toBe(true);
    for (const bad of ['G-Cloud', 'g--cloud', '-g', 'g_cloud', '', 'a'.repeat(101)]) expect(isSlug(bad)).toBe(false);
  });

  it('qualifies a name listed under two parents by its parent, whatever the order', () => {
    const additions = [
      { name: 'Payroll', parentName: 'Accounting and finance' },
      { name: 'Budgeting', parentName: 'Accounting and finance' },
      { name: 'Payroll', parentName: 'Human resources' },
    ];
    const { categories, errors } = assignCategorySlugs([], additions);
    expect(errors).toEqual([]);
    expect(categories.map((category) => category.slug)).toEqual(['accounting-and-finance-payroll', 'budgeting', 'human-resources-payroll']);
    expect(assignCategorySlugs([], [...additions].reverse()).categories.map((category) => category.slug).sort()).toEqual(
      categories.map((category) => category.slug).sort(),
    );
  });

  it('keeps existing slugs and refuses a category the lot already has', () => {
    const existing = [{ slug: 'payroll' }];
    const added = assignCategorySlugs(existing, [
      { name: 'Payroll', parentName: 'Human resources' },
      { name: 'Payroll', parentName: null },
      { name: '!!!', parentName: null },
    ]);
    expect(added.categories.map((category) => category.slug)).toEqual(['human-resources-payroll']);
    expect(added.errors.map((error) => error.field)).toEqual(['categories[1].name', 'categories[2].name']);
  });
});
