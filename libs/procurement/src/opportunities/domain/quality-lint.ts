import { isShortTenderWindow, MIN_TENDER_WINDOW_DAYS } from './integrity-rules';

/**
 * The quality linter: advice a buyer sees before (and after) publishing, never a block. It checks
 * that suppliers are told the problem, the users' needs and the scope; that the budget is in the
 * range a lot is normally used for; and that the text does not name a brand or demand lock-in,
 * which narrows competition and usually breaks the duty to treat suppliers equally.
 */

export interface LintWarning {
  code: 'REQUIREMENT_MISSING' | 'REQUIREMENT_TOO_SHORT' | 'BUDGET_ABOVE_LOT_GUIDE' | 'BRAND_NAMED' | 'LOCK_IN_DEMANDED' | 'TRADEMARK_SIGN' | 'SHORT_TENDER_WINDOW';
  field: string;
  message: string;
}

export interface LintSubject {
  title: string;
  problemStatement: string;
  userNeeds: string;
  scope: string;
  budgetPence: bigint;
  /** The lot on the framework route; null on the open route. */
  lot: { slug: string; name: string } | null;
  criteria: { name: string; description: string }[];
  publishedAt: Date;
  closingAt: Date;
}

/** Fewer characters than this says too little for a supplier to price against. */
export const MIN_REQUIREMENT_LENGTH = 40;

/**
 * The budget above which a call-off is unusual for a lot: a rule of thumb from typical G-Cloud
 * call-off sizes, not a legal limit. Above it the buyer should check the lot fits (or run a
 * further competition or an open procedure). Lots not named here use the default.
 */
export const LOT_BUDGET_GUIDE_PENCE: Readonly<Record<string, bigint>> = {
  'cloud-hosting': 2_000_000_00n,
  'cloud-software': 1_000_000_00n,
  'cloud-support': 500_000_00n,
};
export const DEFAULT_LOT_BUDGET_GUIDE_PENCE = 1_000_000_00n;


/**
 * Well-known vendors and products whose names in a requirement usually mean a specification written
 * around one supplier. Short on purpose; a name followed by "or equivalent" is accepted.
 */
export const BRAND_NAMES: readonly string[] = [
  'Microsoft',
  'Azure',
  'Office 365',
  'Microsoft 365',
  'SharePoint',
  'Dynamics 365',
  'Oracle',
  'SAP',
  'Salesforce',
  'ServiceNow',
  'Workday',
  'Google Workspace',
  'Google Cloud',
  'Amazon Web Services',
  'AWS',
  'IBM',
  'Cisco',
  'VMware',
  'Citrix',
  'Adobe',
  'Apple',
];

const REQUIREMENTS = [
  // [field, what it is called, its verb (user needs are plural), what to tell suppliers]
  ['problemStatement', 'the problem statement', 'is', 'what problem the council needs solved'],
  ['userNeeds', 'the user needs', 'are', 'who the users are and what they need to do'],
  ['scope', 'the scope', 'is', 'what is in and out of scope'],
] as const;

// "Microsoft Teams or equivalent": the brand only illustrates, so it is accepted.
const OR_EQUIVALENT = /\bor\s+(?:an?\s+)?equivalent\b/i;
const EQUIVALENT_REACH = 60;
const brandPatterns = [...BRAND_NAMES].sort((a, b) => b.length - a.length).map((brand) => ({
  brand,
  // Whole words, case as vendors write them (so "sap" in "sapling" or "apple" the fruit in lower case pass).
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${brand.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu'),
}));
const LOCK_IN: readonly RegExp[] = [
  // "must use Teams", "must run on Windows Server": a capitalised name after a demand is a product.
  /\b[Mm]ust\s+(?:use|run\s+on|be\s+(?:built|hosted|based)\s+on|integrate\s+only\s+with)\s+(?:the\s+)?[A-Z][\w.&+-]*(?:\s+[A-Z][\w.&+-]*)*/g,
  /\b(?:compatible|works?|integrates?)\s+only\s+with\b/gi,
  /\bonly\s+(?:be\s+)?compatible\s+with\b/gi,
  /\bexclusively\s+(?:with|on|from|using)\b/gi,
];
const TRADEMARK = /[®™]|\((?:R|TM)\)/;

export function lintOpportunity(subject: LintSubject): LintWarning[] {
  const warnings: LintWarning[] = [];

  for (const [field, label, verb, hint] of REQUIREMENTS) {
    const value = subject[field].trim();
    if (value === '') {
      warnings.push({ code: 'REQUIREMENT_MISSING', field, message: `${label} ${verb} missing: tell suppliers ${hint}` });
    } else if (value.length < MIN_REQUIREMENT_LENGTH) {
      warnings.push({ code: 'REQUIREMENT_TOO_SHORT', field, message: `${label} ${verb} very short (under ${MIN_REQUIREMENT_LENGTH} characters): tell suppliers ${hint}` });
    }
  }

  if (subject.lot) {
    const guide = LOT_BUDGET_GUIDE_PENCE[subject.lot.slug] ?? DEFAULT_LOT_BUDGET_GUIDE_PENCE;
    if (subject.budgetPence > guide) {
      warnings.push({
        code: 'BUDGET_ABOVE_LOT_GUIDE',
        field: 'budget',
        message: `the budget is above £${(guide / 100n).toLocaleString('en-GB')}, the usual ceiling for a call-off from "${subject.lot.name}": check the lot fits, or use the open route`,
      });
    }
  }

  if (isShortTenderWindow(subject.publishedAt, subject.closingAt)) {
    warnings.push({
      code: 'SHORT_TENDER_WINDOW',
      field: 'closingAt',
      message: `the tender window is under ${MIN_TENDER_WINDOW_DAYS} days: small suppliers may not manage to respond, and it will be flagged for review`,
    });
  }

  const texts: [string, string][] = [
    ['title', subject.title],
    ['problemStatement', subject.problemStatement],
    ['userNeeds', subject.userNeeds],
    ['scope', subject.scope],
    ...subject.criteria.flatMap((criterion, index): [string, string][] => [
      [`criteria[${index}].name`, criterion.name],
      [`criteria[${index}].description`, criterion.description],
    ]),
  ];
  for (const [field, text] of texts) warnings.push(...textWarnings(field, text));
  return warnings;
}

function textWarnings(field: string, text: string): LintWarning[] {
  const warnings: LintWarning[] = [];
  const brands = new Set<string>();
  // Longest names first, and a mention inside a longer one already found ("Microsoft" in "Microsoft 365") is not counted again.
  const covered: [number, number][] = [];
  for (const { brand, pattern } of brandPatterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (covered.some(([from, to]) => start >= from && end <= to)) continue;
      covered.push([start, end]);
      // "or equivalent" counts when it follows in the same sentence, shortly after the name.
      const following = text.slice(end, end + EQUIVALENT_REACH).split(/[.;:!?\n]/)[0];
      if (!OR_EQUIVALENT.test(following)) brands.add(brand);
    }
  }
  for (const brand of brands) {
    warnings.push({ code: 'BRAND_NAMED', field, message: `${field} names ${brand}: describe the need instead, or add "or equivalent"` });
  }
  const demands = new Set<string>();
  for (const pattern of LOCK_IN) {
    for (const match of text.matchAll(pattern)) demands.add(`"${match[0].trim()}"`);
  }
  for (const demand of demands) {
    warnings.push({ code: 'LOCK_IN_DEMANDED', field, message: `${field} demands a specific product or lock-in (${demand}): state the outcome or the open standard needed` });
  }
  if (TRADEMARK.test(text)) {
    warnings.push({ code: 'TRADEMARK_SIGN', field, message: `${field} uses a trademark sign: name the need, not a registered product` });
  }
  return warnings;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
