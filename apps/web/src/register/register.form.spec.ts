import { DomainError } from '@app/shared';
import { readRegisterForm } from './register.form';

const KENT = 'E10000016';
const isCouncil = (code: string) => code === KENT;

function refusal(body: unknown): Array<{ field: string; message: string }> {
  try {
    readRegisterForm(body, isCouncil);
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected the form to be refused');
}

describe('readRegisterForm', () => {
  it('names every missing answer in GOV.UK words', () => {
    expect(refusal({})).toEqual([
      { field: 'email', message: 'Enter your email address' },
      { field: 'fullName', message: 'Enter your full name' },
      { field: 'password', message: 'Enter a password' },
      { field: 'role', message: 'Select whether you work for a supplier or a council' },
    ]);
  });

  it('asks a buyer for a council from the list, and ignores the council for a supplier', () => {
    const base = { email: 'a@kent.gov.uk', fullName: 'A Buyer', password: 'a long enough password', role: 'buyer' };
    expect(refusal(base)).toEqual([{ field: 'councilCode', message: 'Select your council' }]);
    expect(refusal({ ...base, councilCode: 'E99999999' })).toEqual([{ field: 'councilCode', message: 'Select a council from the list' }]);
    expect(readRegisterForm({ ...base, councilCode: KENT }, isCouncil).councilCode).toBe(KENT);
    expect(readRegisterForm({ ...base, role: 'supplier', councilCode: KENT }, isCouncil)).toEqual({
      email: 'a@kent.gov.uk',
      fullName: 'A Buyer',
      password: 'a long enough password',
      role: 'supplier',
      councilCode: null,
    });
  });

  it('refuses a short password and a role nobody may give themselves', () => {
    const base = { email: 'a@b.org', fullName: 'A', password: 'short', role: 'admin' };
    expect(refusal(base)).toEqual([
      { field: 'password', message: 'Password must be 12 characters or more' },
      { field: 'role', message: 'Select whether you work for a supplier or a council' },
    ]);
  });
});
