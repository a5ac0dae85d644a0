import { ApiHarness, bearer, fieldsOf, HARNESS_PASSWORD as PASSWORD } from '../../../../test/support/api-harness';
import { ApiTestApp, startApiForTest } from '../../../../test/support/api-test-app';

export { bearer, fieldsOf };

export const MAIDSTONE = 'E07000110';

/**
 * The API on a throwaway database (migrated, reference data loaded at start as in production), with
 * helpers that make real users, suppliers and frameworks through the API itself.
 */
export class CatalogueApiHarness extends ApiHarness {
  private constructor(api: ApiTestApp) {
    super(api);
  }

  static async start(): Promise<CatalogueApiHarness> {
    const harness = new CatalogueApiHarness(await startApiForTest());
    await harness.signInAdmin();
    return harness;
  }

  /** A buyer on a council domain that approves buyers automatically, so the buyer is active. */
  async buyerToken(): Promise<string> {
    this.sequence += 1;
    const domain = `council${this.sequence}-${this.run}.gov.uk`;
    await this.http().patch(`/api/v1/admin/councils/${MAIDSTONE}`).set(bearer(this.adminToken)).send({ emailDomains: [domain] }).expect(200);
    const email = `buyer${this.sequence}@${domain}`;
    await this.http()
      .post('/api/v1/auth/register')
      .send({ email, password: PASSWORD, fullName: `Buyer ${this.sequence}`, role: 'buyer', councilCode: MAIDSTONE })
      .expect(202);
    return this.tokenFor(email);
  }

  async supplierUserToken(): Promise<string> {
    this.sequence += 1;
    const email = `supplier${this.sequence}-${this.run}@example.com`;
    await this.http().post('/api/v1/auth/register').send({ email, password: PASSWORD, fullName: `Supplier ${this.sequence}`, role: 'supplier' }).expect(202);
    return this.tokenFor(email);
  }

  /** A supplier user with a supplier profile: its token (acting for it) and the supplier's id. */
  async supplier(overrides: Record<string, unknown> = {}): Promise<{ token: string; id: string }> {
    const token = await this.supplierUserToken();
    this.sequence += 1;
    const companyNumber = String(30_000_000 + ((parseInt(this.run, 16) + this.sequence * 7919) % 60_000_000));
    const response = await this.http()
      .post('/api/v1/suppliers')
      .set(bearer(token))
      .send({
        name: `Weald Digital ${this.sequence} Ltd`,
        companyNumber,
        staffCount: 25,
        turnover: '2500000.00',
        balanceSheetTotal: '800000.00',
        isVcse: false,
        offices: [{ councilCode: MAIDSTONE, postcode: 'ME14 1XQ' }],
        ...overrides,
      })
      .expect(201);
    return { token, id: response.body.id as string };
  }

  /** A new framework moved to `status`, with a software lot (3 categories, at most 2 a service) and a hosting lot. */
  async framework(status: 'coming' | 'open' | 'live' | 'expired' = 'open'): Promise<string> {
    this.sequence += 1;
    const slug = `test-cloud-${this.sequence}-${this.run}`;
    await this.http()
      .post('/api/v1/admin/frameworks')
      .set(bearer(this.adminToken))
      .send({
        slug,
        name: `Test Cloud ${this.sequence}`,
        description: 'A framework for tests',
        lots: [
          {
            slug: 'software',
            name: 'Software',
            maxCategoriesPerService: 2,
            categories: [{ name: 'Payroll', parentName: 'Finance' }, { name: 'Budgeting', parentName: 'Finance' }, { name: 'Case management' }],
          },
          { slug: 'hosting', name: 'Hosting', maxCategoriesPerService: 5, categories: [{ name: 'Block storage' }] },
        ],
      })
      .expect(201);
    const steps = ['open', 'live', 'expired'];
    for (const step of steps.slice(0, steps.indexOf(status) + 1)) {
      await this.http().patch(`/api/v1/admin/frameworks/${slug}`).set(bearer(this.adminToken)).send({ status: step }).expect(200);
    }
    return slug;
  }

  /** A listing body that passes every quality check, on the test framework's software lot. */
  completeListing(framework: string, overrides: Record<string, unknown> = {}) {
    return {
      framework,
      lot: 'software',
      name: 'Payroll for councils',
      summary: 'Pay staff accurately, on time, with HMRC real-time information built in.',
      description: 'A hosted payroll service for local authorities, including pensions and expenses.',
      features: ['HMRC RTI submissions', 'Pension scheme returns'],
      benefits: ['Fewer payroll errors'],
      categories: ['payroll'],
      cpvCodes: ['72260000-5'],
      pricing: { min: '1.50', max: '4.00', unit: 'per payslip' },
      standards: {
        openSource: true,
        openApi: true,
        openStandards: ['OpenID Connect'],
        dataExportFormats: ['CSV'],
        cyberEssentials: 'plus',
        ukHosting: true,
        accessibilityStatementUrl: 'https://example.com/accessibility',
      },
      ...overrides,
    };
  }

  async createListing(token: string, body: object): Promise<string> {
    const response = await this.http().post('/api/v1/listings').set(bearer(token)).send(body).expect(201);
    return response.body.id as string;
  }

  /** Submitted, approved, and its framework live: what buyers can see. */
  async publishedListing(token: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; framework: string }> {
    const framework = await this.framework('open');
    const id = await this.createListing(token, this.completeListing(framework, overrides));
    await this.http().post(`/api/v1/listings/${id}/submit`).set(bearer(token)).expect(200);
    await this.http().post(`/api/v1/admin/listings/${id}/approve`).set(bearer(this.adminToken)).expect(200);
    await this.setFrameworkStatus(framework, 'live');
    return { id, framework };
  }
}
