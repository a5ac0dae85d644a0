import { readFileSync } from 'node:fs';
import { resourcePath } from '@app/shared';
import { parseFrameworkCsv } from './framework-csv';

const read = (file: string) => readFileSync(resourcePath('libs', 'catalogue', 'data', file), 'utf8');

describe('G-Cloud 13 reference files', () => {
  const lots = parseFrameworkCsv('g-cloud-13', read('g-cloud-13-lots.csv'), read('g-cloud-13-service-categories.csv'));

  it('has 3 lots with their category limits and 308 categories, each with its own slug', () => {
    expect(lots.map((lot) => [lot.slug, lot.maxCategoriesPerService, lot.categories.length])).toEqual([
      ['cloud-hosting', 10, 22],
      ['cloud-software', 20, 280],
      ['cloud-support', 6, 6],
    ]);
    for (const lot of lots) expect(new Set(lot.categories.map((category) => category.slug)).size).toBe(lot.categories.length);
    const software = lots[1].categories;
    expect(software.find((category) => category.slug === 'accounts-payable')).toEqual({
      name: 'Accounts payable',
      parentName: 'Accounting and finance',
      slug: 'accounts-payable',
    });
    expect(software.filter((category) => category.name === 'Payroll').map((category) => category.slug)).toEqual([
      'accounting-and-finance-payroll',
      'human-resources-and-employee-management-payroll',
    ]);
    expect(lots[0].categories[0]).toEqual({ name: 'Archiving, backup and disaster recovery', parentName: null, slug: 'archiving-backup-and-disaster-recovery' });
  });

  it('refuses files that do not fit together', () => {
    expect(() => parseFrameworkCsv('g-cloud-99', read('g-cloud-13-lots.csv'), read('g-cloud-13-service-categories.csv'))).toThrow(/no lots/);
    const strayCategory = 'framework,lot_slug,parent_category,category,max_categories_per_service,source_question\ng-cloud-13,cloud-other,,X,5,q\n';
    expect(() => parseFrameworkCsv('g-cloud-13', read('g-cloud-13-lots.csv'), strayCategory)).toThrow(/cloud-other/);
  });
});
