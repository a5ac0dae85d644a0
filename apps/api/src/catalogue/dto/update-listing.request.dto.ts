import { ApiPropertyOptional } from '@nestjs/swagger';
import { LISTING_LIMITS } from '@app/catalogue';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListingContentRequestDto } from './listing-content.request.dto';

/**
 * Any content field: left out keeps its value, `standards` changes field by field, `pricing: null`
 * clears it. Framework and lot cannot change; list the service again on another lot instead.
 */
export class UpdateListingRequestDto extends ListingContentRequestDto {
  @ApiPropertyOptional({ example: 'Council tax and benefits portal', maxLength: LISTING_LIMITS.name })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LISTING_LIMITS.name)
  name?: string;
}
