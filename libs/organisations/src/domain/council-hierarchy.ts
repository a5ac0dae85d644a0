/** What the domain needs to know about a council: its identity, kind and its two possible parents. */
export interface CouncilNode {
  gssCode: string;
  localAuthorityCode: string;
  name: string;
  shortName: string;
  typeCode: string;
  typeName: string;
  region: string;
  /** GSS code of the county council, for a two-tier district. */
  countyCode: string | null;
  /** GSS code of the combined authority (or the GLA for London) this council belongs to directly. */
  combinedAuthorityCode: string | null;
}

/**
 * The 332 councils and their parents, held in memory: small, read on every supplier write, and
 * changed only when the reference file is reloaded.
 */
export class CouncilHierarchy {
  private readonly byCode: ReadonlyMap<string, CouncilNode>;
  private readonly membersByParent: ReadonlyMap<string, CouncilNode[]>;

  constructor(councils: readonly CouncilNode[]) {
    this.byCode = new Map(councils.map((council) => [council.gssCode, council]));
    const members = new Map<string, CouncilNode[]>();
    for (const council of councils) {
      for (const parent of [council.countyCode, council.combinedAuthorityCode]) {
        if (parent) members.set(parent, [...(members.get(parent) ?? []), council]);
      }
    }
    for (const list of members.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    this.membersByParent = members;
  }

  get size(): number {
    return this.byCode.size;
  }

  has(gssCode: string): boolean {
    return this.byCode.has(gssCode);
  }

  get(gssCode: string): CouncilNode | undefined {
    return this.byCode.get(gssCode);
  }

  all(): CouncilNode[] {
    return [...this.byCode.values()];
  }

  /** The councils whose county or combined authority is this council (empty for a district). */
  membersOf(gssCode: string): CouncilNode[] {
    return this.membersByParent.get(gssCode) ?? [];
  }

  regions(): string[] {
    return [...new Set(this.all().map((council) => council.region))].sort();
  }

  typeCodes(): string[] {
    return [...new Set(this.all().map((council) => council.typeCode))].sort();
  }
}
