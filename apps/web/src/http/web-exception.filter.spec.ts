import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from '@app/shared';
import type { Request, Response } from 'express';
import { WebExceptionFilter } from './web-exception.filter';

interface Answer {
  status?: number;
  view?: string;
  context?: Record<string, unknown>;
  redirect?: { status: number; url: string };
  headers: Record<string, string>;
}

function handle(exception: unknown, request: Partial<Request> = {}): Answer {
  const answer: Answer = { headers: {} };
  const response = {
    headersSent: false,
    status(code: number) {
      answer.status = code;
      return this;
    },
    setHeader(name: string, value: string) {
      answer.headers[name] = value;
    },
    redirect(status: number, url: string) {
      answer.redirect = { status, url };
    },
    render(view: string, context: Record<string, unknown>, done: (error: Error | null, html?: string) => void) {
      answer.view = view;
      answer.context = context;
      done(null, '<html></html>');
    },
    type() {
      return this;
    },
    send() {
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ method: 'GET', originalUrl: '/', body: {}, ...request }),
      getResponse: () => response as unknown as Response,
    }),
  } as unknown as ArgumentsHost;
  new WebExceptionFilter().catch(exception, host);
  return answer;
}

describe('WebExceptionFilter', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('answers anything unexpected with the 500 page and logs it, never the error itself', () => {
    const answer = handle(new Error('connection refused at 10.0.0.5'));
    expect(answer).toMatchObject({ status: 500, view: 'errors/server-error', context: {} });
    expect(Logger.prototype.error).toHaveBeenCalledTimes(1);
  });

  it('answers a missing page or object with the 404 page', () => {
    expect(handle(new NotFoundException())).toMatchObject({ status: 404, view: 'errors/not-found' });
    expect(handle(DomainError.notFound('Listing'))).toMatchObject({ status: 404, view: 'errors/not-found' });
  });

  it('re-renders the form a handler named, with the errors and what was typed (never the password)', () => {
    const error = DomainError.validation('SIGN_IN_FORM_INVALID', [{ field: 'password', message: 'Enter your password' }]);
    const answer = handle(error, { method: 'POST', formView: 'sign-in/index', body: { email: 'a@b.org', password: 'x', _csrf: 't' } });
    expect(answer).toMatchObject({
      status: 422,
      view: 'sign-in/index',
      context: {
        errors: { summary: [{ text: 'Enter your password', href: '#password' }] },
        values: { email: 'a@b.org' },
      },
    });
  });

  it('tells a rate-limited form how long to wait', () => {
    const error = new DomainError('rate_limited', 'TOO_MANY_ATTEMPTS', 'locked', [], 840);
    const answer = handle(error, { method: 'POST', formView: 'sign-in/index' });
    expect(answer.status).toBe(429);
    expect(answer.headers['Retry-After']).toBe('840');
    expect(answer.context).toMatchObject({ errors: { summary: [{ text: 'Too many attempts, try again in 14 minutes' }] } });
  });

  it('sends a signed-out visitor to sign in, remembering the page', () => {
    const error = new DomainError('unauthenticated', 'AUTHENTICATION_REQUIRED', 'Sign in to do this');
    expect(handle(error, { originalUrl: '/account' }).redirect).toEqual({ status: 303, url: '/sign-in?returnTo=%2Faccount' });
    expect(handle(error, { method: 'POST', originalUrl: '/needs' }).redirect).toEqual({ status: 303, url: '/sign-in' });
  });

  it('answers a forbidden action with the 403 page and the reason', () => {
    const error = new DomainError('forbidden', 'ACCOUNT_PENDING', 'Your account is waiting for an administrator to approve it');
    expect(handle(error, { method: 'POST', formView: 'needs/new' })).toMatchObject({
      status: 403,
      view: 'errors/forbidden',
      context: { message: 'Your account is waiting for an administrator to approve it' },
    });
  });
});
