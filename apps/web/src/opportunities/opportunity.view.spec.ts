import type { OpportunityView, ResponseView } from '@app/procurement';
import { DomainError } from '@app/shared';
import { readQuestionForm, readResponseForm, responseErrorOnTheForm } from './opportunity.forms';
import { formatDateTime, toOpportunityRow, toOwnResponseView } from './opportunity.view';

const opportunity = {
  id: 'o1',
  title: 'Case management',
  lot: { id: 'l1', slug: 'software', name: 'Software', framework: { slug: 'cloud', name: 'Cloud' } },
  budget: '200000.00',
  councils: [{ code: 'E1', name: 'Maidstone' }, { code: 'E2', name: 'Ashford' }],
  closingAt: '2027-03-27T17:00:00.000Z',
  criteria: [
    { id: 'c1', name: 'Quality', description: '', weight: 70 },
    { id: 'c2', name: 'Social value', description: '', weight: 30 },
  ],
  award: null,
} as unknown as OpportunityView;

const response = {
  supplier: { id: 's1', name: 'Weald' },
  status: 'submitted',
  price: '185000.00',
  summary: 'Offer',
  answers: [{ criterionId: 'c1', answer: 'Good' }],
  submittedAt: '2027-03-01T09:05:00.000Z',
} as unknown as ResponseView;

describe('opportunity views', () => {
  it('lists an opportunity with its councils, lot, closing time and budget', () => {
    expect(toOpportunityRow(opportunity)).toEqual({
      href: '/opportunities/o1',
      title: 'Case management',
      councils: 'Maidstone, Ashford',
      lot: 'Cloud: Software',
      closing: '27 March 2027 at 5:00pm',
      budget: '£200,000',
    });
    expect(formatDateTime('2027-03-01T00:30:00.000Z')).toBe('1 March 2027 at 12:30am');
  });

  it('says whether the supplier won once awarded, and nothing before', () => {
    expect(toOwnResponseView(opportunity, response).outcome).toBeNull();
    const award = (supplierId: string) => ({ ...opportunity, award: { awardedAt: '2027-04-01T00:00:00Z', supplier: { id: supplierId, name: 'X', isSme: true, isVcse: false }, value: '1.00' } });
    expect(toOwnResponseView(award('s1'), response).outcome).toEqual({ won: true, text: 'Your response won this opportunity.' });
    expect(toOwnResponseView(award('s2'), response).outcome).toEqual({ won: false, text: 'Your response was not successful.' });
    expect(toOwnResponseView(award('s2'), { ...response, status: 'draft' }).outcome).toBeNull();
  });

  it('names answers by criterion', () => {
    expect(toOwnResponseView(opportunity, response).answers).toEqual([{ name: 'Quality', answer: 'Good' }]);
  });
});

describe('opportunity forms', () => {
  it('refuses an empty question', () => {
    expect(() => readQuestionForm({ question: '  ' })).toThrow('Enter your question');
    expect(readQuestionForm({ question: ' Why? ' })).toBe('Why?');
  });

  it('needs a price for a draft and every answer to submit', () => {
    expect(readResponseForm({ price: '£1,500', action: 'draft' }, opportunity.criteria)).toEqual({
      price: '1500',
      summary: '',
      answers: [
        { criterionId: 'c1', answer: '' },
        { criterionId: 'c2', answer: '' },
      ],
      submit: false,
    });
    expect(() => readResponseForm({ action: 'draft' }, opportunity.criteria)).toThrow('Enter your price');
    try {
      readResponseForm({ price: '10', 'answer-0': 'Yes', action: 'submit' }, opportunity.criteria);
      throw new Error('not refused');
    } catch (error) {
      expect((error as DomainError).fieldErrors).toEqual([{ field: 'answers[1].answer', message: 'Enter your answer on Social value before you submit' }]);
    }
  });

  it('turns an eligibility refusal into an error on the form, and leaves others alone', () => {
    const refusal = responseErrorOnTheForm(new DomainError('forbidden', 'SUPPLIER_NOT_ELIGIBLE', 'No listing'));
    expect(refusal).toMatchObject({ kind: 'validation', message: 'You cannot respond to this opportunity. No listing.' });
    const other = new DomainError('forbidden', 'OTHER', 'No');
    expect(responseErrorOnTheForm(other)).toBe(other);
  });
});
