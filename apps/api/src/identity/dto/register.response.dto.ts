import { ApiProperty } from '@nestjs/swagger';

/** One message whatever happened, so the answer does not say whether the email already had an account. */
export const REGISTRATION_RECEIVED =
  'Registration received. If this email address was not registered before, the account now exists: get a token from ' +
  'POST /api/v1/auth/token and check GET /me. Buyer accounts outside their council’s email domains wait for an administrator.';

export class RegisterResponseDto {
  @ApiProperty({ example: REGISTRATION_RECEIVED })
  message!: string;
}
