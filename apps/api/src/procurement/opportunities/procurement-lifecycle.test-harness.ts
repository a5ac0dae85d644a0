import { ApiHarness, bearer, fieldsOf, HARNESS_PASSWORD as PASSWORD } from '../../../../../test/support/api-harness';
import { ApiTestApp, startApiForTest } from '../../../../../test/support/api-test-app';

export { bearer, fieldsOf };

export const MAIDSTONE = 'E07000110';
export const ASHFORD = 'E07000105';
export const KENT = 'E10000016';
export const LEEDS = 'E08000035';
const DOMAINS: Record<string, string> = {
  [MAIDSTONE]: 'maidstone.gov.uk',
  [ASHFORD]: 'ashford.gov.uk',
  [KENT]: 'kent.gov.uk',
  [LEEDS]: 'leeds.gov.uk',
};

/** An ISO instant `days` from now. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** An ISO calendar date `days` from now. */
export const dateFromNow = (days: number) => daysFromNow(days).slice(0, 10);

/** A complete listing request on the framework's software lot: a case manager for councils, open source, UK hosted. */
export const caseManagerListing = (framework: string, overrides: Record<string, unknown> = {}) => ({
  framework,
  lot: 'software',
  name: 'Case manager for councils',
  summary: 'Record visits once, on any device, and share cases safely between teams.',
  description: 'A hosted case management service for local authorities, with offline mobile working.',
  features: ['Offline mobile visits', 'Shared case records'],
  benefits: ['Less re-keying'],
  categories: ['case-management'],
  cpvCodes: ['72260000'],
  pricing: { min: '1000.00', max: '250000.00', unit: 'per year' },
  standards: { openSource: true, openApi: true, openStandards: ['OpenID Connect'], dataExportFormats: ['CSV'], ukHosting: true },
  ...overrides,
});

/**
 * The API on a throwaway database (reference data loaded at start, as in production), with helpers
 * that make everything a procurement needs through the API itself: buyers of four councils,
 * suppliers, a live framework with published listings (through the catalogue's own routes and
 * moderation), and needs.
 */
export class ProcurementApiHarness extends ApiHarness {
  readonly buyers: Record<string, string> = {};
  private constructor(api: ApiTestApp) {
    super(api);
  }

  static async start(): Promise<ProcurementApiHarness> {
    const harness = new ProcurementApiHarness(await startApiForTest());
    await harness.signInAdmin();
    for (const code of Object.keys(DOMAINS)) harness.buyers[code] = await harness.buyer(code);
    return harness;
  }

  /** An active buyer of the council (its email domain approves buyers automatically). */
  async buyer(councilCode: string): Promise<string> {
    const domain = DOMAINS[councilCode];
    await this.http().patch(`/api/v1/admin/councils/${councilCode}`).set(bearer(this.adminToken)).send({ emailDomains: [domain] }).expect(200);
    this.sequence += 1;
    const email = `buyer${this.sequence}-${this.run}@${domain}`;
    await this.http()
      .post('/api/v1/auth/register')
      .send({ email, password: PASSWORD, fullName: `Buyer ${this.sequence}`, role: 'buyer', councilCode })
      .expect(202);
    return this.tokenFor(email);
  }

  /** A supplier user with a small supplier (an SME): its token and the supplier's id. */
  async supplier(name: string): Promise<{ token: string; id: string }> {
    this.sequence += 1;
    const email = `supplier${this.sequence}-${this.run}@example.com`;
    await this.http().post('/api/v1/auth/register').send({ email, password: PASSWORD, fullName: `Supplier ${this.sequence}`, role: 'supplier' }).expect(202);
    const token = await this.tokenFor(email);
    const companyNumber = String(30_000_000 + ((parseInt(this.run, 16) + this.sequence * 7919) % 60_000_000));
    const response = await this.http()
      .post('/api/v1/suppliers')
      .set(bearer(token))
      .send({
        name,
        companyNumber,
        staffCount: 25,
        turnover: '2500000.00',
        balanceSheetTotal: '800000.00',
        isVcse: false,
        offices: [{ councilCode: MAIDSTONE, postcode: 'ME14 1XQ' }],
      })
      .expect(201);
    return { token, id: response.body.id as string };
  }

  /** A new framework, open for listings, with a software lot; answers its slug and the lot's id. */
  async openFramework(): Promise<{ slug: string; lotId: string }> {
    this.sequence += 1;
    const slug = `test-cloud-${this.sequence}-${this.run}`;
    await this.http()
      .post('/api/v1/admin/frameworks')
      .set(bearer(this.adminToken))
      .send({
        slug,
        name: `Test Cloud ${this.sequence}`,
        description: 'A framework for tests',
        lots: [{ slug: 'software', name: 'Software', maxCategoriesPerService: 2, categories: [{ name: 'Case management' }] }],
      })
      .expect(201);
    await this.setFrameworkStatus(slug, 'open');
    const framework = await this.http().get(`/api/v1/frameworks/${slug}`).expect(200);
    return { slug, lotId: framework.body.lots[0].id as string };
  }

  /** A listing on the framework's software lot, submitted and, unless told otherwise, approved by an administrator. */
  async listing(token: string, framework: string, options: { approve: boolean } = { approve: true }): Promise<string> {
    const response = await this.http()
      .post('/api/v1/listings')
      .set(bearer(token))
      .send(caseManagerListing(framework))
      .expect(201);
    const id = response.body.id as string;
    await this.http().post(`/api/v1/listings/${id}/submit`).set(bearer(token)).expect(200);
    if (options.approve) await this.http().post(`/api/v1/admin/listings/${id}/approve`).set(bearer(this.adminToken)).expect(200);
    return id;
  }

  /** An open need of the council, with an estimated value in pounds. */
  async need(councilCode: string, estimatedValue: string | null): Promise<string> {
    const response = await this.http()
      .post('/api/v1/needs')
      .set(bearer(this.buyers[councilCode]))
      .send({ title: 'Case management', description: 'Replace the case management system', cpvCodes: ['72260000'], estimatedValue })
      .expect(201);
    return response.body.id as string;
  }

  /** A draft the linter has nothing to say about, closing in `days`. */
  draft(overrides: Record<string, unknown> = {}) {
    return {
      title: 'Case management for adult social care',
      route: 'open',
      problemStatement: 'Our social workers re-key case notes into three systems, which costs hours every week.',
      userNeeds: 'As a social worker I need to record a visit once, on my phone, so that I spend my time with residents.',
      scope: 'In scope: case notes, visit scheduling and data migration. Out of scope: payments and finance.',
      budget: '200000.00',
      closingAt: daysFromNow(21),
      criteria: [
        { name: 'Quality', description: 'How well the service meets the user needs', weight: 70 },
        { name: 'Social value', weight: 30 },
      ],
      ...overrides,
    };
  }

  async notificationKinds(token: string): Promise<string[]> {
    const response = await this.http().get('/api/v1/notifications').query({ pageSize: 100 }).set(bearer(token)).expect(200);
    return (response.body.items as { kind: string }[]).map((item) => item.kind);
  }

  async flags(kind: string, subjectId: string): Promise<{ summary: string; details: Record<string, unknown> }[]> {
    return this.db.dataSource.query('SELECT summary, details FROM integrity_flag WHERE kind = $1 AND subject_id = $2', [kind, subjectId]);
  }
}
