import { describeDuration, hasCookie, inactivityMessage } from './session-timeout';

describe('describeDuration', () => {
  it('names whole units, largest first, leaving out the ones that are zero', () => {
    expect(describeDuration(30 * 60)).toBe('30 minutes');
    expect(describeDuration(60)).toBe('1 minute');
    expect(describeDuration(90)).toBe('1 minute 30 seconds');
    expect(describeDuration(1)).toBe('1 second');
    expect(describeDuration(2 * 3600 + 60)).toBe('2 hours 1 minute');
    expect(describeDuration(0)).toBe('0 seconds');
  });

  it('rounds fractions of a second, as a configured 0.01 minutes would give', () => {
    expect(describeDuration(0.6)).toBe('1 second');
    expect(describeDuration(29.6)).toBe('30 seconds');
  });
});

describe('inactivityMessage', () => {
  it('tells the user how long they were away', () => {
    expect(inactivityMessage(1800)).toBe('You were signed out because you were inactive for 30 minutes');
  });
});

describe('hasCookie', () => {
  it('finds a cookie by its exact name among the others', () => {
    expect(hasCookie('pc_session=s%3Aabc; pc_signed_in=1', 'pc_signed_in')).toBe(true);
    expect(hasCookie('pc_signed_in=1', 'pc_signed_in')).toBe(true);
  });

  it('does not mistake a longer name, a value or a missing header for the cookie', () => {
    expect(hasCookie('pc_signed_in_old=1', 'pc_signed_in')).toBe(false);
    expect(hasCookie('other=pc_signed_in', 'pc_signed_in')).toBe(false);
    expect(hasCookie(undefined, 'pc_signed_in')).toBe(false);
    expect(hasCookie('', 'pc_signed_in')).toBe(false);
  });
});
