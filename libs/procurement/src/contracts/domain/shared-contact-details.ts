/**
 * Suppliers that share an office postcode and a telephone number while claiming to be different
 * companies may be one business bidding under several names (bid rigging, cover pricing). A
 * finding is for an administrator to look at; a shared serviced office alone is not suspicious,
 * which is why the postcode and the phone must both match.
 */
export interface SupplierContact {
  supplierId: string;
  name: string;
  companyNumber: string;
  phone: string | null;
  postcodes: readonly (string | null)[];
}

export interface SharedContactFinding {
  postcode: string;
  /** The phone number reduced to its national digits (01622 000000, +44 1622 000000 are one). */
  phone: string;
  suppliers: { supplierId: string; name: string; companyNumber: string }[];
}

/** Groups by (postcode, phone); a group is a finding when it holds more than one company number. Deterministic order. */
export function findSharedContactDetails(suppliers: readonly SupplierContact[]): SharedContactFinding[] {
  const groups = new Map<string, SharedContactFinding>();
  for (const supplier of suppliers) {
    const phone = supplier.phone ? normalisePhone(supplier.phone) : null;
    if (!phone) continue;
    const postcodes = new Set(supplier.postcodes.filter((postcode): postcode is string => !!postcode).map(normalisePostcode));
    for (const postcode of postcodes) {
      const key = `${postcode}|${phone}`;
      const group = groups.get(key) ?? { postcode, phone, suppliers: [] };
      if (!group.suppliers.some((member) => member.supplierId === supplier.supplierId)) {
        group.suppliers.push({ supplierId: supplier.supplierId, name: supplier.name, companyNumber: supplier.companyNumber });
      }
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((group) => new Set(group.suppliers.map((member) => member.companyNumber)).size > 1)
    .map((group) => ({ ...group, suppliers: [...group.suppliers].sort((a, b) => a.companyNumber.localeCompare(b.companyNumber) || a.supplierId.localeCompare(b.supplierId)) }))
    .sort((a, b) => a.postcode.localeCompare(b.postcode) || a.phone.localeCompare(b.phone));
}

/** Digits only, with the UK country code turned back into the trunk 0; too short to be a number gives null. */
export function normalisePhone(raw: string): string | null {
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('44') && raw.trim().startsWith('+')) digits = `0${digits.slice(2)}`;
  return digits.length >= 7 ? digits : null;
}

/** Upper case with one space before the inward code, as the organisations context stores it. */
function normalisePostcode(raw: string): string {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}
