import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorKind, FieldError } from '@app/shared';
import type { Request, Response } from 'express';

const STATUS_BY_KIND: { [kind in DomainErrorKind]: number } = {
  bad_request: HttpStatus.BAD_REQUEST,
  validation: HttpStatus.UNPROCESSABLE_ENTITY,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  invalid_state: HttpStatus.CONFLICT,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
};

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: FieldError[];
  instance: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorised',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
};

/** Every error leaves the API as application/problem+json (RFC 9457), never with a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request.originalUrl ?? request.url);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, url: request.originalUrl }, 'Unhandled error');
    }
    if (exception instanceof DomainError && exception.retryAfterSeconds) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    // A route may have set a caching header before failing (Nest applies @Header first): an error is never cached.
    response.setHeader('Cache-Control', 'no-store');
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, instance: string): Problem {
    if (exception instanceof DomainError) {
      const status = STATUS_BY_KIND[exception.kind];
      return this.problem(status, exception.code, exception.message, exception.fieldErrors, instance);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? exception.message);
      return this.problem(status, `HTTP_${status}`, status >= 500 ? 'Something went wrong' : message, [], instance);
    }
    // body-parser and other Express middleware report client errors with a status of their own.
    const status = (exception as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const detail = type === 'entity.parse.failed' ? 'The request body is not valid JSON' : (exception as Error).message;
      return this.problem(status, type === 'entity.parse.failed' ? 'INVALID_JSON' : `HTTP_${status}`, detail, [], instance);
    }
    return this.problem(500, 'INTERNAL_ERROR', 'Something went wrong; the error has been logged', [], instance);
  }

  private problem(status: number, code: string, detail: string, errors: FieldError[], instance: string): Problem {
    return {
      type: `https://procurement-commons.org/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      code,
      errors,
      instance,
    };
  }
}
