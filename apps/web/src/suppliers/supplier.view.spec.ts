import type { SupplierPrivateView, SupplierPublicView } from '@app/organisations';
import { toSupplierPageView } from './supplier.view';

const MAIDSTONE = { gssCode: 'E07000110', name: 'Maidstone Borough Council' };
const KENT = { gssCode: 'E10000016', name: 'Kent County Council' };
const LEEDS = { gssCode: 'E08000035', name: 'Leeds City Council' };

const supplier: SupplierPublicView = {
  id: '7d1c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10',
  name: 'Weald Digital Ltd',
  companyNumber: '01234567',
  isSme: true,
  isVcse: false,
  offices: [
    { councilCode: MAIDSTONE.gssCode, councilName: MAIDSTONE.name },
    { councilCode: MAIDSTONE.gssCode, councilName: MAIDSTONE.name },
  ],
  localTo: [MAIDSTONE.gssCode, KENT.gssCode],
};

describe('toSupplierPageView', () => {
  it('explains SME, VCSE and local in plain words, naming the councils it is local to', () => {
    const view = toSupplierPageView(supplier, [MAIDSTONE, KENT, LEEDS]);
    expect(view.facts.map((row) => [row.key.text, row.value.text])).toEqual([
      ['Companies House number', '01234567'],
      ['Small or medium-sized enterprise (SME)', expect.stringMatching(/^Yes\. It has fewer than 250 staff/)],
      ['Voluntary, community or social enterprise (VCSE)', 'No. It is not a voluntary, community or social enterprise.'],
      ['Local supplier', 'Local to 2 councils.'],
    ]);
    expect(view.offices).toEqual([MAIDSTONE.name]);
    expect(view.localCouncils).toEqual([KENT.name, MAIDSTONE.name]);
    expect(view.searchHref).toBe('/catalogue?q=Weald+Digital+Ltd');
    expect(view.companiesHouseHref).toBe('https://find-and-update.company-information.service.gov.uk/company/01234567');
  });

  it("answers a buyer's question: is it local to my council?", () => {
    expect(toSupplierPageView(supplier, [MAIDSTONE, KENT], KENT).facts[3].value.text).toBe('Local to 2 councils. It is local to your council, Kent County Council.');
    expect(toSupplierPageView(supplier, [MAIDSTONE, KENT], LEEDS).facts[3].value.text).toBe('Local to 2 councils. It is not local to your council, Leeds City Council.');
  });

  it('never shows private figures, even to the supplier’s own users', () => {
    const own: SupplierPrivateView = {
      ...supplier,
      offices: [{ councilCode: MAIDSTONE.gssCode, councilName: MAIDSTONE.name, postcode: 'ME14 1XQ' }],
      vatNumber: 'GB123456789',
      phone: '01622 000000',
      staffCount: 25,
      turnover: '2500000.00',
      balanceSheetTotal: '800000.00',
      status: 'active',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    const shown = JSON.stringify(toSupplierPageView(own, [MAIDSTONE, KENT]));
    for (const secret of ['ME14', 'GB123456789', '01622', '2500000', '800000']) expect(shown).not.toContain(secret);
  });
});
