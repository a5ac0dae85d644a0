import { ApiProperty } from '@nestjs/swagger';
import { FRAMEWORK_LIMITS, LISTING_LIMITS } from '@app/catalogue';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ListingContentRequestDto } from './listing-content.request.dto';

export class CreateListingRequestDto extends ListingContentRequestDto {
  @ApiProperty({ example: 'g-cloud-14', maxLength: FRAMEWORK_LIMITS.slug, description: 'Slug of a framework that is open' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.slug)
  framework!: string;

  @ApiProperty({ example: 'cloud-software', maxLength: FRAMEWORK_LIMITS.slug, description: 'Slug of one of its lots' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.slug)
  lot!: string;

  @ApiProperty({ example: 'Council tax and benefits portal', maxLength: LISTING_LIMITS.name })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LISTING_LIMITS.name)
  name!: string;
}
