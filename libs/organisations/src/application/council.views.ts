export interface CouncilRef {
  gssCode: string;
  name: string;
}

export interface CouncilView {
  gssCode: string;
  localAuthorityCode: string;
  name: string;
  shortName: string;
  type: { code: string; name: string };
  region: string;
  county: CouncilRef | null;
  combinedAuthority: CouncilRef | null;
}

export interface CouncilDetailView extends CouncilView {
  /** The councils inside this one, when it is a county, a combined authority or the GLA. */
  members: CouncilRef[];
  /** Buyers registering with an address on one of these domains are approved automatically. */
  emailDomains: string[];
}

export interface CouncilFilter {
  /** Part of the name or short name, any case. */
  q?: string;
  /** Type code, such as NMD, UA, MD, LBO, CTY, COMB. */
  type?: string;
  region?: string;
}
