import type { PartnerView } from '@app/matching';
import type { JointProcurementView, RankingEntryView } from '@app/procurement';
import { awardPreview, inviteChoices, toJointProcurementPageView, toProcurementListView, warningTexts } from './procurement.view';

const LEEDS = { code: 'E08000035', name: 'Leeds City Council' };
const BRADFORD = { code: 'E08000032', name: 'City of Bradford Metropolitan District Council' };
const WAKEFIELD = { code: 'E08000036', name: 'Wakefield Council' };

function procurement(overrides: Partial<JointProcurementView> = {}): JointProcurementView {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    title: 'Repairs',
    status: 'forming',
    leadCouncil: LEEDS,
    participants: [
      { council: LEEDS, isLead: true, need: { id: 'n1', title: 'Leeds repairs', estimatedValue: '300000.00' }, valueShare: '300000.00', joinedAt: '2026-11-01T10:00:00.000Z' },
      { council: BRADFORD, isLead: false, need: { id: 'n2', title: 'Bradford repairs', estimatedValue: null }, valueShare: '200000.00', joinedAt: '2026-11-02T10:00:00.000Z' },
    ],
    invitations: [
      { id: 'i1', council: BRADFORD, status: 'accepted', invitedAt: '2026-11-01T11:00:00.000Z', answeredAt: '2026-11-02T10:00:00.000Z', note: null },
      { id: 'i2', council: WAKEFIELD, status: 'pending', invitedAt: '2026-11-01T11:00:00.000Z', answeredAt: null, note: null },
    ],
    estimatedValue: '300000.00',
    opportunityId: null,
    cancellationReason: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    publishedAt: null,
    awardedAt: null,
    cancelledAt: null,
    ...overrides,
  };
}

function partner(council: { code: string; name: string }, id: string): PartnerView {
  return { partnerNeedId: id, councilCode: council.code, councilName: council.name, title: `${council.name} need`, score: 0.8, reasons: [{ text: 'both buy 72260000' }] as PartnerView['reasons'], computedAt: '2026-11-01T10:00:00.000Z' };
}

describe('toJointProcurementPageView', () => {
  it('lets the lead withdraw pending invitations while forming, and shows the shares in pounds', () => {
    const view = toJointProcurementPageView(procurement(), LEEDS.code);
    expect(view.isLead).toBe(true);
    expect(view.participating).toBe(true);
    expect(view.participants.map((p) => [p.council, p.share, p.lead])).toEqual([
      ['Leeds City Council', '£300,000', true],
      ['City of Bradford Metropolitan District Council', '£200,000', false],
    ]);
    expect(view.invitations.map((i) => [i.council, i.status.text, i.withdrawable])).toEqual([
      ['City of Bradford Metropolitan District Council', 'Accepted', false],
      ['Wakefield Council', 'Waiting for an answer', true],
    ]);
    expect(view.ownInvitation).toBeNull();
  });

  it('offers an invited council its accept and decline pages, and nothing to withdraw', () => {
    const view = toJointProcurementPageView(procurement(), WAKEFIELD.code);
    expect(view.isLead).toBe(false);
    expect(view.participating).toBe(false);
    expect(view.ownInvitation).toEqual({
      acceptHref: '/joint-procurements/a1b2c3d4-0000-4000-8000-000000000001/invitations/i2/accept',
      declineHref: '/joint-procurements/a1b2c3d4-0000-4000-8000-000000000001/invitations/i2/decline',
    });
    expect(view.invitations.every((i) => !i.withdrawable)).toBe(true);
  });

  it('links the opportunity once published', () => {
    const view = toJointProcurementPageView(procurement({ status: 'published', opportunityId: 'o1', publishedAt: '2026-11-03T10:00:00.000Z' }), LEEDS.code);
    expect(view.opportunity).toEqual({ href: '/opportunities/o1', manageHref: '/buyer/opportunities/o1' });
    expect(view.facts.map((fact) => fact.key.text)).toContain('Published');
    expect(view.status.text).toBe('Published');
  });
});

describe('inviteChoices', () => {
  it('offers partner councils not already in or invited to the procurement, once each, keeping what was ticked', () => {
    const camden = { code: 'E09000007', name: 'London Borough of Camden' };
    const choices = inviteChoices(
      [partner(BRADFORD, 'p1'), partner(WAKEFIELD, 'p2'), partner(camden, 'p3'), partner(camden, 'p4')],
      procurement(),
      { 'council-E09000007': 'yes' },
    );
    expect(choices.map((choice) => [choice.text, choice.name, choice.checked])).toEqual([['London Borough of Camden', 'council-E09000007', true]]);
    expect(choices[0].hint.text).toContain('both buy 72260000');
  });
});

describe('toProcurementListView', () => {
  it("says whether the buyer's council leads, and lists invitations with their lead council", () => {
    const view = toProcurementListView({
      procurements: [{ id: 'j1', title: 'Repairs', status: 'evaluating', leadCouncil: LEEDS, isLead: false, opportunityId: 'o1', createdAt: '2026-11-01T10:00:00.000Z' }],
      invitations: [{ id: 'i1', jointProcurementId: 'j2', title: 'Parking', leadCouncil: LEEDS, invitedAt: '2026-11-05T10:00:00.000Z' }],
    });
    expect(view.procurements).toEqual([{ href: '/joint-procurements/j1', title: 'Repairs', lead: 'Leeds City Council', role: 'Taking part', status: { text: 'Evaluating', classes: 'govuk-tag--yellow' }, started: '1 November 2026' }]);
    expect(view.invitations).toEqual([{ href: '/joint-procurements/j2', title: 'Parking', lead: 'Leeds City Council', invited: '5 November 2026' }]);
  });
});

describe('awardPreview', () => {
  it("splits the winner's price between the councils by share, to the penny", () => {
    const winner: RankingEntryView = { rank: 1, responseId: 'r1', supplier: { id: 's1', name: 'Aire Ltd' }, price: '100000.01', weightedScore: 74, complete: true };
    const preview = awardPreview(procurement(), winner);
    expect(preview.supplier).toBe('Aire Ltd');
    expect(preview.value).toBe('£100,000.01');
    const values = preview.contracts.map((contract) => contract.value.text);
    expect(values).toHaveLength(2);
    expect(values[0]).toMatch(/^£60,000(\.01)?$/);
    const pence = values.map((value) => Math.round(Number(value.replace(/[£,]/g, '')) * 100));
    expect(pence[0] + pence[1]).toBe(10_000_001);
  });
});

describe('warningTexts', () => {
  it("uses the form's names for fields and starts each with a capital", () => {
    expect(
      warningTexts([
        { code: 'BRAND_NAMED', field: 'problemStatement', message: 'problemStatement names Oracle: describe the need instead' },
        { code: 'SHORT_TENDER_WINDOW', field: 'closingAt', message: 'the tender window is under 10 days' },
      ]),
    ).toEqual(['The problem names Oracle: describe the need instead', 'The tender window is under 10 days']);
  });
});
