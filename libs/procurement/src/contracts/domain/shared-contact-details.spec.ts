import { findSharedContactDetails, normalisePhone } from './shared-contact-details';

const supplier = (supplierId: string, companyNumber: string, phone: string | null, ...postcodes: (string | null)[]) => ({
  supplierId,
  name: `Supplier ${supplierId}`,
  companyNumber,
  phone,
  postcodes,
});

describe('suppliers sharing contact details', () => {
  it('finds different companies sharing a postcode and a phone number', () => {
    const findings = findSharedContactDetails([
      supplier('s1', '11111111', '01622 000000', 'ME14 1XQ'),
      supplier('s2', '22222222', '+44 1622 000000', 'me141xq', 'LS1 4AP'),
      supplier('s3', '33333333', '01622 000000', 'LS1 4AP'),
    ]);
    expect(findings).toEqual([
      {
        postcode: 'ME14 1XQ',
        phone: '01622000000',
        suppliers: [
          { supplierId: 's1', name: 'Supplier s1', companyNumber: '11111111' },
          { supplierId: 's2', name: 'Supplier s2', companyNumber: '22222222' },
        ],
      },
      {
        postcode: 'LS1 4AP',
        phone: '01622000000',
        suppliers: [
          { supplierId: 's2', name: 'Supplier s2', companyNumber: '22222222' },
          { supplierId: 's3', name: 'Supplier s3', companyNumber: '33333333' },
        ],
      },
    ].sort((a, b) => a.postcode.localeCompare(b.postcode)));
  });

  it('ignores a shared office alone, a shared phone alone, and the same company twice', () => {
    expect(
      findSharedContactDetails([
        supplier('s1', '11111111', '01622 000000', 'ME14 1XQ'),
        supplier('s2', '22222222', '01622 999999', 'ME14 1XQ'),
        supplier('s3', '33333333', '01622 000000', 'LS1 4AP'),
        supplier('s4', '11111111', '01622 000000', 'ME14 1XQ'),
        supplier('s5', '55555555', null, 'ME14 1XQ'),
      ]),
    ).toEqual([]);
  });

  it('reduces phone numbers to national digits', () => {
    expect(normalisePhone('+44 (0)1622 000000')).toBe('001622000000');
    expect(normalisePhone('+44 1622 000000')).toBe('01622000000');
    expect(normalisePhone('0044 1622 000000')).toBe('01622000000');
    expect(normalisePhone('123')).toBeNull();
  });
});
