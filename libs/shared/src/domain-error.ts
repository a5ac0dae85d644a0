/**
 * What went wrong, in terms every transport can map: the API turns a kind into an HTTP status,
 * the web into a GOV.UK error page or error summary. The code names the specific rule.
 * `bad_request` is a malformed request (wrong type, unknown field); `validation` a well-formed one
 * that breaks a rule (unknown council code, closing date in the past).
 */
export type DomainErrorKind =
  | 'bad_request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_state'
  | 'rate_limited';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(code: string, fieldErrors: FieldError[], message = 'The request has invalid fields'): DomainError {
    return new DomainError('validation', code, message, fieldErrors);
  }

  static field(field: string, message: string, code = 'INVALID_FIELD'): DomainError {
    return new DomainError('validation', code, `${field}: ${message}`, [{ field, message }]);
  }

  /** Used for missing objects and for objects the caller may not see, so the two cannot be told apart. */
  static notFound(what: string): DomainError {
    return new DomainError('not_found', `${what.toUpperCase().replace(/\s+/g, '_')}_NOT_FOUND`, `${what} not found`);
  }
}
