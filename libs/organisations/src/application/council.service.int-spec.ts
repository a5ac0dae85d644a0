import { AuditService } from '@app/audit';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { ENTITIES } from '@app/platform';
import { DomainError } from '@app/shared';
import { actorOf } from '../testing/factories';
import { CouncilDirectory } from './council-directory';
import { CouncilHierarchyCache } from './council-hierarchy.cache';
import { CouncilReferenceLoader } from './council-reference.loader';
import { CouncilService } from './council.service';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('CouncilService', () => {
  let db: TestDatabase;
  let service: CouncilService;
  const admin = actorOf('admin');
  const page = { page: 1, pageSize: 100 };

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    const cache = new CouncilHierarchyCache(db.dataSource);
    await new CouncilReferenceLoader(db.dataSource, cache).load();
    service = new CouncilService(db.dataSource, cache, new AuditService(db.dataSource));
  });

  afterAll(() => db.drop());

  it('lists councils by name, a page at a time', async () => {
    const first = await service.list({}, { page: 1, pageSize: 10 });
    expect(first.total).toBe(332);
    expect(first.items).toHaveLength(10);
    expect(first.items[0].name).toBe('Adur District Council');
    const last = await service.list({}, { page: 34, pageSize: 10 });
    expect(last.items).toHaveLength(2);
    expect((await service.list({}, { page: 40, pageSize: 10 })).items).toEqual([]);
  });

  it('filters by part of the name in any case, by type and by region', async () => {
    expect((await service.list({ q: 'MAIDSTONE' }, page)).items.map((council) => council.gssCode)).toEqual(['E07000110']);
    const yorkshire = await service.list({ q: 'york' }, page);
    expect(yorkshire.items.map((council) => council.shortName)).toEqual(
      expect.arrayContaining(['York', 'North Yorkshire', 'West Yorkshire', 'East Riding of Yorkshire']),
    );
    expect((await service.list({ type: 'LBO' }, page)).total).toBe(32);
    expect((await service.list({ type: 'CTY', region: 'South East' }, page)).items.map((council) => council.shortName)).toEqual([
      'East Sussex',
      'Hampshire',
      'Kent',
      'Oxfordshire',
      'Surrey',
      'West Sussex',
    ]);
    expect((await service.list({ q: 'nowhere at all' }, page)).total).toBe(0);
  });

  it('refuses an unknown type or region, naming the field', async () => {
    const error = await failure(service.list({ type: 'XYZ', region: 'Narnia' }, page));
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['type', 'region']);
  });

  it('shows a district with its county, and a county or combined authority with its members', async () => {
    expect(await service.get('e07000110')).toMatchObject({
      gssCode: 'E07000110',
      type: { code: 'NMD', name: 'Non-metropolitan district' },
      county: { gssCode: 'E10000016', name: 'Kent County Council' },
      combinedAuthority: null,
      members: [],
    });
    const kent = await service.get('E10000016');
    expect(kent.members).toHaveLength(12);
    expect(kent.members.map((member) => member.name)).toContain('Maidstone Borough Council');
    const westYorkshire = await service.get('E47000003');
    expect(westYorkshire.members.map((member) => member.name)).toEqual([
      'Calderdale Metropolitan Borough Council',
      'City of Bradford Metropolitan District Council',
      'Kirklees Council',
      'Leeds City Council',
      'Wakefield Metropolitan District Council',
    ]);
    expect((await service.get('E61000001')).members).toHaveLength(33);
  });

  it('tells a malformed code (400) from an unknown one (404)', async () => {
    expect((await failure(service.get('maidstone'))).kind).toBe('bad_request');
    expect((await failure(service.get('E99999999'))).kind).toBe('not_found');
  });

  describe('setEmailDomains', () => {
    it('lets an administrator set them, normalised, and audits the change', async () => {
      const council = await service.setEmailDomains(admin, 'E07000110', [' Maidstone.GOV.uk ', 'maidstone.gov.uk', '@midkent.gov.uk']);
      expect(council.emailDomains).toEqual(['maidstone.gov.uk', 'midkent.gov.uk']);
      expect((await new CouncilDirectory(db.dataSource).find('E07000110'))?.emailDomains).toEqual(['maidstone.gov.uk', 'midkent.gov.uk']);
      const [event] = await db.dataSource.query(`SELECT action, actor_user_id, before, after FROM audit_event WHERE object_id = 'E07000110'`);
      expect(event).toEqual({
        action: 'council.email-domains-updated',
        actor_user_id: admin.userId,
        before: { emailDomains: [] },
        after: { emailDomains: ['maidstone.gov.uk', 'midkent.gov.uk'] },
      });
    });

    it('is for active administrators only', async () => {
      expect((await failure(service.setEmailDomains(undefined, 'E07000110', []))).kind).toBe('unauthenticated');
      expect((await failure(service.setEmailDomains(actorOf('buyer'), 'E07000110', []))).kind).toBe('forbidden');
      expect((await failure(service.setEmailDomains(actorOf('admin', { status: 'suspended' }), 'E07000110', []))).kind).toBe('forbidden');
    });

    it('names each invalid, shared or already claimed domain', async () => {
      await service.setEmailDomains(admin, 'E10000016', ['kent.gov.uk']);
      const error = await failure(service.setEmailDomains(admin, 'E07000105', ['ashford.gov.uk', 'not a domain', 'gov.uk']));
      expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['emailDomains[1]', 'emailDomains[2]']);
      const taken = await failure(service.setEmailDomains(admin, 'E07000105', ['ashford.gov.uk', 'kent.gov.uk']));
      expect(taken).toMatchObject({ code: 'EMAIL_DOMAIN_TAKEN', fieldErrors: [{ field: 'emailDomains[1]' }] });
      expect((await failure(service.setEmailDomains(admin, 'E07000105', 'ashford.gov.uk' as unknown as string[]))).fieldErrors[0].field).toBe('emailDomains');
      expect((await failure(service.setEmailDomains(admin, 'E07000105', Array(21).fill('a.gov.uk')))).fieldErrors[0].field).toBe('emailDomains');
      expect((await service.get('E07000105')).emailDomains).toEqual([]);
    });
  });
});
