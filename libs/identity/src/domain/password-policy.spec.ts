import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts 12 to 128 characters', () => {
    expect(passwordProblem('a'.repeat(12))).toBeNull();
    expect(passwordProblem('a'.repeat(128))).toBeNull();
  });

  it('names the limit that was broken', () => {
    expect(passwordProblem('a'.repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem('a'.repeat(129))).toMatch(/at most 128/);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🔑'.repeat(12))).toBeNull();
    expect(passwordProblem('🔑'.repeat(6))).toMatch(/at least 12/);
  });
});
