import { ApiProperty } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'email must be an email' })
  message!: string;
}

/** The RFC 9457 body ProblemDetailsFilter writes, described for the OpenAPI document. */
export class ProblemResponseDto {
  @ApiProperty({ example: 'https://procurement-commons.org/problems/invalid-request' })
  type!: string;

  @ApiProperty({ example: 'Bad request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'Invalid request: email must be an email' })
  detail!: string;

  @ApiProperty({ example: 'INVALID_REQUEST', description: 'Names the rule that was broken' })
  code!: string;

  @ApiProperty({ type: [FieldErrorDto] })
  errors!: FieldErrorDto[];

  @ApiProperty({ example: '/api/v1/auth/register' })
  instance!: string;
}
