import type { SupplierInput } from '@app/organisations';

/**
 * The demo a person sees after `npm start` on an empty database: councils that could buy together
 * (West Yorkshire, Kent) and suppliers of every size and kind. The companies are fictional; their
 * numbers have the Companies House format but sit in a range no real company uses today.
 * The README lists these logins; keep the two in step.
 */
export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_DOMAIN = 'demo.procurement-commons.test';
export const DEMO_ADMIN_EMAIL = `admin@${DEMO_DOMAIN}`;

export interface DemoBuyer {
  email: string;
  fullName: string;
  councilCode: string;
  approved: boolean;
}

export interface DemoSupplier {
  email: string;
  fullName: string;
  profile: SupplierInput;
}

export const DEMO_BUYERS: DemoBuyer[] = [
  { email: `buyer.leeds@${DEMO_DOMAIN}`, fullName: 'Priya Shah', councilCode: 'E08000035', approved: true },
  { email: `buyer.bradford@${DEMO_DOMAIN}`, fullName: 'Tom Whitaker', councilCode: 'E08000032', approved: true },
  { email: `buyer.kent@${DEMO_DOMAIN}`, fullName: 'Grace Okafor', councilCode: 'E10000016', approved: true },
  { email: `buyer.maidstone@${DEMO_DOMAIN}`, fullName: 'Owen Hughes', councilCode: 'E07000110', approved: true },
  { email: `buyer.camden@${DEMO_DOMAIN}`, fullName: 'Amira Haddad', councilCode: 'E09000007', approved: true },
  { email: `buyer.sheffield@${DEMO_DOMAIN}`, fullName: 'Lucy Barker', councilCode: 'E08000019', approved: false },
];

export const DEMO_SUPPLIERS: DemoSupplier[] = [
  {
    email: `supplier.aire@${DEMO_DOMAIN}`,
    fullName: 'Jamie Firth',
    profile: {
      name: 'Aire Valley Digital Ltd',
      companyNumber: '99000001',
      staffCount: 18,
      turnover: '2400000.00',
      balanceSheetTotal: '650000.00',
      isVcse: false,
      offices: [{ councilCode: 'E08000035', postcode: 'LS1 4AP' }],
    },
  },
  {
    email: `supplier.medway@${DEMO_DOMAIN}`,
    fullName: 'Sara Kent',
    profile: {
      name: 'Medway Code Co-operative',
      companyNumber: '99000002',
      staffCount: 6,
      turnover: '310000.00',
      balanceSheetTotal: '90000.00',
      isVcse: true,
      offices: [{ councilCode: 'E07000110', postcode: 'ME14 1QE' }],
    },
  },
  {
    email: `supplier.pennine@${DEMO_DOMAIN}`,
    fullName: 'Imran Hussain',
    profile: {
      name: 'Pennine Cloud Hosting Ltd',
      companyNumber: '99000003',
      staffCount: 140,
      turnover: '21000000.00',
      balanceSheetTotal: '9500000.00',
      isVcse: false,
      offices: [
        { councilCode: 'E08000032', postcode: 'BD1 1HY' },
        { councilCode: 'E08000003', postcode: 'M1 3BN' },
      ],
    },
  },
  {
    email: `supplier.capital@${DEMO_DOMAIN}`,
    fullName: 'Helen Marsh',
    profile: {
      name: 'Capital Systems plc',
      companyNumber: '99000004',
      staffCount: 2300,
      turnover: '480000000.00',
      balanceSheetTotal: '310000000.00',
      isVcse: false,
      offices: [{ councilCode: 'E09000007', postcode: 'NW1 2DB' }],
    },
  },
];

/** The generated demo catalogue: fictional suppliers, real G-Cloud 13 categories and CPV codes. */
export const DEMO_CATALOGUE = { listings: 400, suppliers: 60, seed: 2026 };
