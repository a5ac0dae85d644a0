import { ApiProperty } from '@nestjs/swagger';
import { MAX_EMAIL_DOMAIN_LENGTH, MAX_EMAIL_DOMAINS } from '@app/organisations';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

export class UpdateCouncilEmailDomainsRequestDto {
  @ApiProperty({
    type: [String],
    maxItems: MAX_EMAIL_DOMAINS,
    example: ['maidstone.gov.uk'],
    description: 'Replaces the list. Each must be a domain name no other council uses, and not one many organisations share (gov.uk, gmail.com…).',
  })
  @IsArray()
  @ArrayMaxSize(MAX_EMAIL_DOMAINS)
  @IsString({ each: true })
  @MaxLength(MAX_EMAIL_DOMAIN_LENGTH, { each: true })
  emailDomains!: string[];
}
