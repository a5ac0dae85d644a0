import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OpportunityDraftRequestDto } from './opportunity-draft.request.dto';

/** A single need published as a one-council procurement. */
export class CreateOpportunityRequestDto extends OpportunityDraftRequestDto {
  @ApiProperty({ format: 'uuid', description: "An open need of the buyer's council; its estimated value is the council's share" })
  @IsUUID()
  needId!: string;
}
