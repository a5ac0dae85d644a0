/**
 * Counts sign-in failures per account and per address, and registrations per address. A sign-in
 * attempt is counted as a failure when it starts, so a burst of parallel guesses cannot slip past
 * the limit before the first one fails; a successful attempt then takes its count back.
 */
export abstract class LoginThrottle {
  /** Throws DomainError rate_limited (with retryAfterSeconds) when the account or address is locked. */
  abstract begin(email: string, address: string): Promise<void>;

  /** The password was right: the account's consecutive failures start again from zero. */
  abstract succeeded(email: string, address: string): Promise<void>;

  /** Each registration costs a password hash; one address may make only so many per window. */
  abstract registering(address: string): Promise<void>;
}
