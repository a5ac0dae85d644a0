import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SELF_REGISTERED_ROLES,
  type SelfRegisteredRole,
} from '@app/identity';
import { IsEmail, IsIn, IsNotEmpty, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

export class RegisterRequestDto {
  @ApiProperty({ example: 'jo.bloggs@leeds.gov.uk', maxLength: EMAIL_MAX_LENGTH })
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Jo Bloggs', maxLength: FULL_NAME_MAX_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FULL_NAME_MAX_LENGTH)
  fullName!: string;

  @ApiProperty({ enum: SELF_REGISTERED_ROLES, description: 'Administrators are not registered here' })
  @IsIn(SELF_REGISTERED_ROLES)
  role!: SelfRegisteredRole;

  @ApiPropertyOptional({
    example: 'E08000035',
    maxLength: 9,
    description:
      "GSS code of the buyer's council (required for buyers). Buyers on one of the council's email domains are " +
      'active at once; others wait for an administrator.',
  })
  // Checked when given as well as when required, so a supplier cannot slip a non-string through.
  @ValidateIf((dto: RegisterRequestDto) => dto.role === 'buyer' || dto.councilCode !== undefined)
  @IsString()
  @MaxLength(9)
  @Matches(/^[A-Z]\d{8}$/, { message: 'councilCode must be a GSS code such as E08000035' })
  councilCode?: string;
}
