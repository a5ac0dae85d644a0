import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Observable } from 'rxjs';

const FORM_VIEW = 'web:formView';

/**
 * Names the template a form handler re-renders, with an error summary and the values typed, when
 * the input is refused (a validation, conflict or rate-limit error thrown anywhere below it).
 */
export const FormView = (view: string) => SetMetadata(FORM_VIEW, view);

/** Copies the handler's @FormView onto the request, where the exception filter can read it. */
@Injectable()
export class FormViewInterceptor implements NestInterceptor {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const view = this.reflector.get<string | undefined>(FORM_VIEW, context.getHandler());
    if (view) context.switchToHttp().getRequest<Request>().formView = view;
    return next.handle();
  }
}
