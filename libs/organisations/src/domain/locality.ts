import type { CouncilHierarchy } from './council-hierarchy';

/**
 * The area of a council: itself, its county and its combined authority, those that exist. Only the
 * direct parents count, as the register records them: a Derbyshire district is not itself a member
 * of the East Midlands combined county authority (Derbyshire County Council is), whereas the
 * Cambridgeshire districts are members of theirs.
 */
export function areaOf(gssCode: string, hierarchy: CouncilHierarchy): string[] {
  const council = hierarchy.get(gssCode);
  if (!council) return [];
  return [council.gssCode, council.countyCode, council.combinedAuthorityCode].filter((code): code is string => !!code);
}

/**
 * Every council a supplier with offices in these councils is local to, sorted: those whose area
 * meets the area of one of the offices. Being in the same region is not enough.
 */
export function localCouncils(officeCouncilCodes: readonly string[], hierarchy: CouncilHierarchy): string[] {
  const officeAreas = new Set(officeCouncilCodes.flatMap((code) => areaOf(code, hierarchy)));
  if (officeAreas.size === 0) return [];
  return hierarchy
    .all()
    .filter((council) => areaOf(council.gssCode, hierarchy).some((code) => officeAreas.has(code)))
    .map((council) => council.gssCode)
    .sort();
}

export function isLocalTo(officeCouncilCodes: readonly string[], councilCode: string, hierarchy: CouncilHierarchy): boolean {
  const area = new Set(areaOf(councilCode, hierarchy));
  return officeCouncilCodes.some((office) => areaOf(office, hierarchy).some((code) => area.has(code)));
}
