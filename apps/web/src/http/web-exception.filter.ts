import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '@app/shared';
import type { Request, Response } from 'express';
import { formErrors, formValues, retryMessage } from './form-errors';
import { signInUrl } from './return-to';

/** What the browser gets back: the refused form again, a GOV.UK error page, or a redirect. */
type Outcome =
  | { type: 'form'; status: number; view: string; context: Record<string, unknown> }
  | { type: 'page'; status: number; view: string; context: Record<string, unknown> }
  | { type: 'redirect'; url: string };

const SERVER_ERROR: Outcome = { type: 'page', status: 500, view: 'errors/server-error', context: {} };
const NOT_FOUND: Outcome = { type: 'page', status: 404, view: 'errors/not-found', context: {} };

const HEADINGS: Record<number, string> = {
  400: 'Sorry, there is a problem with your request',
  405: 'Sorry, this page cannot do that',
  409: 'Sorry, that cannot be done now',
  413: 'Sorry, what you sent is too large',
  415: 'Sorry, there is a problem with your request',
  422: 'Sorry, there is a problem with your request',
  429: 'Too many attempts',
};

function errorPage(status: number, message: string): Outcome {
  return { type: 'page', status, view: 'errors/error', context: { heading: HEADINGS[status] ?? HEADINGS[400], message } };
}

/** The form re-rendered with its error summary when the handler declared one (@FormView), else `otherwise`. */
function refusedForm(request: Request, status: number, error: DomainError, message: string, otherwise: Outcome): Outcome {
  if (!request.formView) return otherwise;
  const errors = formErrors(error.kind === 'rate_limited' ? [] : error.fieldErrors, message);
  return { type: 'form', status, view: request.formView, context: { errors, values: formValues(request.body) } };
}

/** Every domain error kind has a page; adding a kind without one here fails to compile. */
const DOMAIN_OUTCOMES: { [kind in DomainErrorKind]: (error: DomainError, request: Request) => Outcome } = {
  bad_request: (error, request) => refusedForm(request, 400, error, error.message, errorPage(400, error.message)),
  validation: (error, request) => refusedForm(request, 422, error, error.message, errorPage(422, error.message)),
  conflict: (error, request) => refusedForm(request, 409, error, error.message, errorPage(409, error.message)),
  invalid_state: (error, request) => refusedForm(request, 409, error, error.message, errorPage(409, error.message)),
  rate_limited: (error, request) => {
    const message = retryMessage(error.retryAfterSeconds);
    return refusedForm(request, 429, error, message, errorPage(429, message));
  },
  // Signed out (or the session ended): go and sign in, coming back to the page asked for.
  unauthenticated: (_error, request) => ({ type: 'redirect', url: signInUrl(request) }),
  forbidden: (error) => ({ type: 'page', status: 403, view: 'errors/forbidden', context: { message: error.message } }),
  not_found: () => NOT_FOUND,
};

/**
 * The web transport's one error mapping: domain errors become GOV.UK pages or re-rendered forms,
 * framework and middleware errors become the matching page, anything else the 500 page. Never a
 * stack trace.
 */
@Catch()
export class WebExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const outcome = this.outcomeFor(exception, request);
    if (outcome.type !== 'redirect' && outcome.status >= 500) {
      this.logger.error({ err: exception, url: request.originalUrl }, 'Unhandled error');
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    if (exception instanceof DomainError && exception.retryAfterSeconds) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    // A route may have set a caching header before failing (Nest applies @Header first): an error is never cached.
    response.setHeader('Cache-Control', 'no-store');
    if (outcome.type === 'redirect') {
      response.redirect(303, outcome.url);
      return;
    }
    this.render(response, outcome.status, outcome.view, outcome.context);
  }

  private outcomeFor(exception: unknown, request: Request): Outcome {
    if (exception instanceof DomainError) return DOMAIN_OUTCOMES[exception.kind](exception, request);
    const status = exception instanceof HttpException ? exception.getStatus() : (exception as { status?: unknown } | null)?.status;
    if (typeof status !== 'number' || status >= 500 || status < 400) return SERVER_ERROR;
    if (status === HttpStatus.NOT_FOUND) return NOT_FOUND;
    if (status === HttpStatus.FORBIDDEN) {
      return { type: 'page', status, view: 'errors/forbidden', context: { message: 'You do not have permission to do this.' } };
    }
    // Express and body-parser messages may name internals; the page says what the user can do.
    return errorPage(status, 'Go back and try again. If it keeps happening, contact us.');
  }

  private render(response: Response, status: number, view: string, context: Record<string, unknown>): void {
    response.status(status).render(view, context, (error: Error | null, html?: string) => {
      if (error) {
        this.logger.error({ err: error, view }, 'Error page could not be rendered');
        response.status(500).type('text/plain').send('Sorry, there is a problem with the service. Try again later.');
        return;
      }
      response.type('html').send(html);
    });
  }
}
