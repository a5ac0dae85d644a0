import { CpvReferenceLoader } from '@app/classification';
import { ApiTestApp, startApiForTest } from '../../../../test/support/api-test-app';

const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

describe('CPV API', () => {
  let api: ApiTestApp;
  const http = () => api.http();

  beforeAll(async () => {
    api = await startApiForTest();
    await api.app.get(CpvReferenceLoader).load();
  });

  afterAll(() => api?.close());

  it('searches by label words for anyone, a page at a time', async () => {
    const response = await http().get('/api/v1/cpv').query({ q: 'software maintenance', pageSize: 5 }).expect(200);
    expect(response.body.page).toBe(1);
    expect(response.body.pageSize).toBe(5);
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items[0]).toEqual({
      code: '72267000',
      checkDigit: '4',
      codeWithCheckDigit: '72267000-4',
      label: 'Software maintenance and repair services',
      level: 'category',
      parentCode: '72260000',
      division: '72',
    });
  });

  it('filters by code prefix and level', async () => {
    const response = await http().get('/api/v1/cpv').query({ code: '722', level: 'class', pageSize: 100 }).expect(200);
    expect(response.body.items.map((item: { code: string }) => item.code)).toEqual([
      '72210000',
      '72220000',
      '72230000',
      '72240000',
      '72250000',
      '72260000',
    ]);
    expect((await http().get('/api/v1/cpv').expect(200)).body.total).toBe(9454);
  });

  it('shows one code with its parent and children', async () => {
    const response = await http().get('/api/v1/cpv/72260000-5').expect(200);
    expect(response.body).toMatchObject({ code: '72260000', parent: { code: '72200000' } });
    expect(response.body.children).toHaveLength(8);
  });

  it('answers bad input with 400 or 422 naming the field, and unknown codes with 404', async () => {
    expect(fieldsOf((await http().get('/api/v1/cpv').query({ level: 'family' }).expect(400)).body)).toEqual(['level']);
    expect(fieldsOf((await http().get('/api/v1/cpv').query({ code: '123456789' }).expect(400)).body)).toEqual(['code']);
    expect(fieldsOf((await http().get('/api/v1/cpv').query({ code: '72a' }).expect(422)).body)).toEqual(['code']);
    expect(fieldsOf((await http().get('/api/v1/cpv').query({ q: 'x'.repeat(101) }).expect(400)).body)).toEqual(['q']);
    expect(fieldsOf((await http().get('/api/v1/cpv').query({ pageSize: 500 }).expect(400)).body)).toEqual(['pageSize']);
    expect(fieldsOf((await http().get('/api/v1/cpv').query({ sort: 'label' }).expect(400)).body)).toEqual(['sort']);
    expect(fieldsOf((await http().get('/api/v1/cpv/7226').expect(400)).body)).toEqual(['code']);
    await http().get('/api/v1/cpv/99999999').expect(404);
  });

  it('is in the OpenAPI document', async () => {
    const document = await http().get('/api/openapi.json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/v1/cpv', '/api/v1/cpv/{code}']));
  });
});
