import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const REASON = 1000;

export class RejectListingRequestDto {
  @ApiProperty({ example: 'The pricing does not say what one unit buys', maxLength: REASON, description: 'Told to the supplier and kept in the history' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON)
  reason!: string;
}

export class ListingReasonRequestDto {
  @ApiPropertyOptional({ example: 'Complaint under investigation', maxLength: REASON, description: 'Told to the supplier and kept in the audit log' })
  @IsOptional()
  @IsString()
  @MaxLength(REASON)
  reason?: string;
}

export class RevertListingRequestDto extends ListingReasonRequestDto {
  @ApiProperty({ example: 2, minimum: 1, maximum: 1_000_000, description: 'An earlier published version (state superseded in the history)' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version!: number;
}
