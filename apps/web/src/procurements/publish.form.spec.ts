import { DomainError } from '@app/shared';
import { londonInstant, publishErrorOnTheForm, readPublishForm } from './publish.form';

const LOT = '6f1c1c34-6a7e-4e8e-9d7b-3c1e1e1e1e1e';

function form(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Repairs scheduling',
    lot: LOT,
    budget: '£250,000',
    'closingAt-day': '30',
    'closingAt-month': '6',
    'closingAt-year': '2031',
    'criterion-0-name': 'Quality',
    'criterion-0-weight': '70',
    'criterion-2-name': 'Price',
    'criterion-2-weight': '30%',
    ...overrides,
  };
}

function fieldErrors(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected the form to be refused');
}

describe('londonInstant', () => {
  it('reads the wall clock as UK time: BST in summer, GMT in winter', () => {
    expect(londonInstant('2031-06-30', '12:00')).toBe('2031-06-30T11:00:00.000Z');
    expect(londonInstant('2031-01-15', '09:30')).toBe('2031-01-15T09:30:00.000Z');
  });
});

describe('readPublishForm', () => {
  it('turns the form into the service draft, leaving out blank criterion rows and remembering which rows were sent', () => {
    const { draft, rows } = readPublishForm(form());
    expect(draft).toEqual({
      title: 'Repairs scheduling',
      route: 'framework',
      lotId: LOT,
      problemStatement: null,
      userNeeds: null,
      scope: null,
      budget: '250000',
      closingAt: '2031-06-30T11:00:00.000Z',
      criteria: [
        { name: 'Quality', description: null, weight: 70 },
        { name: 'Price', description: null, weight: 30 },
      ],
    });
    expect(rows).toEqual([0, 2]);
  });

  it('publishes on the open route when no lot is chosen', () => {
    const { draft } = readPublishForm(form({ lot: 'open', closingTime: '9:05' }));
    expect(draft.route).toBe('open');
    expect(draft.lotId).toBeNull();
    expect(draft.closingAt).toBe('2031-06-30T08:05:00.000Z');
  });

  it('names every field the form can judge alone, in GOV.UK words', () => {
    expect(
      fieldErrors(() =>
        readPublishForm(form({ title: ' ', lot: '', budget: 'a lot', 'closingAt-day': '31', 'closingAt-month': '2', closingTime: '25:00', 'criterion-2-weight': '0' })),
      ),
    ).toEqual([
      { field: 'title', message: 'Enter a title for the opportunity' },
      { field: 'lot', message: 'Select the framework lot suppliers respond through, or open to any supplier' },
      { field: 'budget', message: 'Budget must be an amount in pounds more than zero, like 250000' },
      { field: 'closingAt', message: 'Closing date must be a real date, like 27 3 2027' },
      { field: 'closingTime', message: 'Closing time must be a 24-hour time, like 14:30' },
      { field: 'criterion-2-weight', message: 'Weight of criterion 3 must be a whole percentage from 1 to 100' },
    ]);
  });

  it('asks for weights that add up to 100, and for at least one criterion', () => {
    expect(fieldErrors(() => readPublishForm(form({ 'criterion-2-weight': '20' })))).toEqual([
      { field: 'criterion-0-weight', message: 'Weights must add up to 100%; they add up to 90%' },
    ]);
    expect(fieldErrors(() => readPublishForm(form({ 'criterion-0-name': '', 'criterion-0-weight': '', 'criterion-2-name': '', 'criterion-2-weight': '' })))).toEqual([
      { field: 'criterion-0-name', message: 'Enter at least one evaluation criterion' },
    ]);
  });
});

describe('publishErrorOnTheForm', () => {
  it("puts the service's field paths on the form's inputs, criteria by the row they were typed in", () => {
    const refused = DomainError.validation('INVALID_OPPORTUNITY', [
      { field: 'closingAt', message: 'closingAt must be in the future' },
      { field: 'criteria[1].name', message: 'criteria[1].name repeats an earlier criterion' },
      { field: 'lotId', message: 'lotId is a lot of X, which is expired' },
    ]);
    const mapped = publishErrorOnTheForm(refused, [0, 2]) as DomainError;
    expect(mapped.fieldErrors).toEqual([
      { field: 'closingAt', message: 'Closing date must be in the future' },
      { field: 'criterion-2-name', message: 'The name of criterion 3 repeats an earlier criterion' },
      { field: 'lot', message: 'Select a lot of a live framework, or open to any supplier' },
    ]);
  });

  it('leaves errors without fields alone', () => {
    const error = new DomainError('forbidden', 'LEAD_COUNCIL_ONLY', 'Only the lead');
    expect(publishErrorOnTheForm(error, [])).toBe(error);
  });
});
