import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemResponseDto } from './problem.response.dto';

const MEANINGS: Record<number, string> = {
  400: 'Malformed request: a missing, mistyped, unknown or oversize field (each named in errors)',
  401: 'Not signed in, or the bearer token is not valid',
  403: 'Signed in, but this account may not do this (pending, suspended or wrong role)',
  404: 'No such object',
  409: 'The object is not in a state that allows this',
  422: 'Well-formed but breaks a rule (each field named in errors)',
  429: 'Too many attempts; see Retry-After',
};

/** Documents the application/problem+json answers a route can give. */
export function ApiProblems(...statuses: (keyof typeof MEANINGS)[]) {
  return applyDecorators(
    ApiExtraModels(ProblemResponseDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANINGS[status],
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemResponseDto) } } },
      }),
    ),
  );
}
