import { DomainError } from '@app/shared';
import { awardErrorOnTheForm, readAcceptForm, readAwardForm, readInviteForm, readJointProcurementForm, readScoreForm, serviceErrorOnTheForm, SHARE_ERRORS } from './procurement.forms';

const NEED = '0b8f7c52-2f6a-4c8e-9a51-1f2e3d4c5b6a';
const RESPONSE = '7d2c6a10-1111-4c8e-9a51-1f2e3d4c5b6a';

function fieldErrors(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected the form to be refused');
}

describe('readJointProcurementForm', () => {
  it('reads the title and an optional share typed with pounds and commas', () => {
    expect(readJointProcurementForm({ title: ' Repairs ', valueShare: '£150,000' }, NEED)).toEqual({ title: 'Repairs', needId: NEED, valueShare: '150000' });
    expect(readJointProcurementForm({ title: 'Repairs', valueShare: '' }, NEED).valueShare).toBeNull();
  });

  it('refuses a blank title and a share that is not an amount', () => {
    expect(fieldErrors(() => readJointProcurementForm({ title: '', valueShare: '0' }, NEED))).toEqual([
      { field: 'title', message: 'Enter a title for the joint procurement' },
      { field: 'valueShare', message: 'Your council’s share must be an amount in pounds more than zero, like 150000' },
    ]);
  });
});

describe('readInviteForm', () => {
  it('answers the ticked councils among those offered, ignoring any other field', () => {
    expect(readInviteForm({ 'council-E08000032': 'yes', 'council-E08000034': '', 'council-E09000007': 'yes' }, ['E08000032', 'E08000034'])).toEqual(['E08000032']);
  });

  it('asks for at least one council, on the first checkbox', () => {
    expect(fieldErrors(() => readInviteForm({}, ['E08000032']))).toEqual([{ field: 'council-E08000032', message: 'Select at least one council to invite' }]);
  });
});

describe('readAcceptForm', () => {
  it("takes only one of the council's own open needs", () => {
    expect(readAcceptForm({ needId: NEED.toUpperCase() }, [NEED])).toEqual({ needId: NEED, valueShare: null });
    expect(fieldErrors(() => readAcceptForm({ needId: RESPONSE }, [NEED]))).toEqual([{ field: 'needId', message: 'Select the need your council joins with' }]);
  });
});

describe('readScoreForm', () => {
  const criteria = [
    { id: 'c1', name: 'Quality' },
    { id: 'c2', name: 'Price' },
  ];

  it('reads a score and an optional comment per criterion', () => {
    expect(readScoreForm({ 'score-0': '80', 'comment-0': 'Good', 'score-1': '0' }, criteria)).toEqual([
      { criterionId: 'c1', score: 80, comment: 'Good' },
      { criterionId: 'c2', score: 0, comment: null },
    ]);
  });

  it('names each criterion whose score is missing or out of range', () => {
    expect(fieldErrors(() => readScoreForm({ 'score-0': '150', 'score-1': '' }, criteria))).toEqual([
      { field: 'score-0', message: 'Score for Quality must be a whole number from 0 to 100' },
      { field: 'score-1', message: 'Enter a score for Price' },
    ]);
    expect(fieldErrors(() => readScoreForm({ 'score-0': '7.5', 'score-1': '-1' }, criteria)).map((error) => error.field)).toEqual(['score-0', 'score-1']);
  });
});

describe('readAwardForm', () => {
  const dates = { 'startDate-day': '1', 'startDate-month': '4', 'startDate-year': '2031', 'endDate-day': '31', 'endDate-month': '3', 'endDate-year': '2033' };

  it('reads the winner and the contract dates', () => {
    expect(readAwardForm({ responseId: RESPONSE, ...dates }, [RESPONSE])).toEqual({ responseId: RESPONSE, startDate: '2031-04-01', endDate: '2033-03-31', extensionUntil: null });
  });

  it('refuses a missing winner, dates that are not real and an end before the start', () => {
    expect(fieldErrors(() => readAwardForm({ ...dates, 'endDate-day': '31', 'endDate-month': '2' }, [RESPONSE]))).toEqual([
      { field: 'responseId', message: 'Select the supplier to award the contract to' },
      { field: 'endDate', message: 'Contract end date must be a real date, like 1 4 2027' },
    ]);
    expect(fieldErrors(() => readAwardForm({ responseId: RESPONSE, ...dates, 'endDate-year': '2030' }, [RESPONSE]))).toEqual([
      { field: 'endDate', message: 'Contract end date must be after the start date' },
    ]);
  });

  it('tells the buyer to score the response first when the service refuses an unscored one', () => {
    const mapped = awardErrorOnTheForm(new DomainError('invalid_state', 'RESPONSE_NOT_SCORED', 'not scored')) as DomainError;
    expect(mapped.fieldErrors).toEqual([{ field: 'responseId', message: 'Score every criterion of this response before you award it' }]);
  });
});

describe('serviceErrorOnTheForm', () => {
  it("rewords the service's share refusal for the form", () => {
    const refused = DomainError.field('valueShare', 'valueShare is required: the need has no estimated value to default to');
    expect((serviceErrorOnTheForm(refused, SHARE_ERRORS, 'title') as DomainError).fieldErrors).toEqual([
      { field: 'valueShare', message: 'Enter your council’s share: the need has no estimated value to use instead' },
    ]);
  });
});
