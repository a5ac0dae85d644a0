import { readFileSync } from 'node:fs';
import { resourcePath } from '@app/shared';
import { parseCouncilCsv } from '../infrastructure/council-csv';
import { CouncilHierarchy } from './council-hierarchy';
import { areaOf, isLocalTo, localCouncils } from './locality';

// The real register shipped with the code, not a hand-made fixture.
const hierarchy = new CouncilHierarchy(
  parseCouncilCsv(readFileSync(resourcePath('libs', 'organisations', 'data', 'england-local-authorities-current.csv'), 'utf8')),
);
const codeOf = (name: string): string => {
  const found = hierarchy.all().filter((council) => council.shortName === name);
  if (found.length !== 1) throw new Error(`expected one council called ${name}`);
  return found[0].gssCode;
};

const MAIDSTONE = 'E07000110';
const KENT = 'E10000016';
const LEEDS = 'E08000035';
const BRADFORD = 'E08000032';
const WYCA = codeOf('West Yorkshire');
const GLA = 'E61000001';

describe('the real council register', () => {
  it('has all 332 councils, with parents resolved to GSS codes', () => {
    expect(hierarchy.size).toBe(332);
    expect(hierarchy.get(MAIDSTONE)).toMatchObject({ name: 'Maidstone Borough Council', countyCode: KENT, combinedAuthorityCode: null });
    expect(hierarchy.get(LEEDS)).toMatchObject({ countyCode: null, combinedAuthorityCode: WYCA });
    expect(hierarchy.get(codeOf('Camden'))?.combinedAuthorityCode).toBe(GLA);
  });
});

describe('local derivation', () => {
  it('makes an office in a district local to the district, its county and the sibling districts, and nothing else', () => {
    const kentDistricts = hierarchy.membersOf(KENT).map((council) => council.gssCode);
    expect(kentDistricts).toHaveLength(12);
    expect(localCouncils([MAIDSTONE], hierarchy)).toEqual([...kentDistricts, KENT].sort());
    expect(areaOf(MAIDSTONE, hierarchy)).toEqual([MAIDSTONE, KENT]);
    expect(isLocalTo([MAIDSTONE], codeOf('Ashford'), hierarchy)).toBe(true);
  });

  it('does not count the same region as local: Medway (a unitary inside Kent) and Surrey districts are not', () => {
    expect(hierarchy.get(codeOf('Medway'))?.region).toBe(hierarchy.get(MAIDSTONE)?.region);
    expect(isLocalTo([MAIDSTONE], codeOf('Medway'), hierarchy)).toBe(false);
    expect(isLocalTo([MAIDSTONE], codeOf('Guildford'), hierarchy)).toBe(false);
    expect(isLocalTo([MAIDSTONE], 'E10000030', hierarchy)).toBe(false); // Surrey County Council
    expect(localCouncils([MAIDSTONE], hierarchy).every((code) => code === KENT || hierarchy.get(code)?.countyCode === KENT)).toBe(true);
  });

  it('makes an office in a London borough local to every borough, the City and the GLA', () => {
    const local = localCouncils([codeOf('Camden')], hierarchy);
    const london = hierarchy.all().filter((council) => council.region === 'London');
    expect(london).toHaveLength(34);
    expect(local).toEqual(london.map((council) => council.gssCode).sort());
    expect(local).toContain(GLA);
    expect(local).toContain('E09000001'); // City of London
    expect(local).not.toContain(codeOf('Elmbridge'));
  });

  it('makes an office in Leeds local to the West Yorkshire councils and their combined authority', () => {
    const local = localCouncils([LEEDS], hierarchy);
    expect(local).toEqual(
      [LEEDS, BRADFORD, codeOf('Calderdale'), codeOf('Kirklees'), codeOf('Wakefield'), WYCA].sort(),
    );
    expect(isLocalTo([BRADFORD], LEEDS, hierarchy)).toBe(true);
    // Same region (Yorkshire and The Humber), different combined authority.
    expect(isLocalTo([LEEDS], codeOf('Sheffield'), hierarchy)).toBe(false);
    expect(isLocalTo([LEEDS], codeOf('York'), hierarchy)).toBe(false);
  });

  it('unions the areas of several offices, and ignores unknown codes', () => {
    const both = localCouncils([MAIDSTONE, LEEDS], hierarchy);
    expect(both).toEqual([...new Set([...localCouncils([MAIDSTONE], hierarchy), ...localCouncils([LEEDS], hierarchy)])].sort());
    expect(localCouncils(['E99999999'], hierarchy)).toEqual([]);
  });

  it('treats a county office as local to the county and all its districts', () => {
    const local = localCouncils([KENT], hierarchy);
    expect(local).toEqual(localCouncils([MAIDSTONE], hierarchy));
  });
});
