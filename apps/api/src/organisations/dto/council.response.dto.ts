import { ApiProperty } from '@nestjs/swagger';
import type { CouncilDetailView, CouncilRef, CouncilView } from '@app/organisations';
import { PageMetaResponseDto } from '../../http/page.response.dto';

export class CouncilRefDto implements CouncilRef {
  @ApiProperty({ example: 'E10000016', description: 'GSS code' })
  gssCode!: string;

  @ApiProperty({ example: 'Kent County Council' })
  name!: string;
}

export class CouncilTypeDto {
  @ApiProperty({ example: 'NMD' })
  code!: string;

  @ApiProperty({ example: 'Non-metropolitan district' })
  name!: string;
}

export class CouncilResponseDto implements CouncilView {
  @ApiProperty({ example: 'E07000110', description: 'GSS code: the public id' })
  gssCode!: string;

  @ApiProperty({ example: 'MAI', description: 'mySociety register code' })
  localAuthorityCode!: string;

  @ApiProperty({ example: 'Maidstone Borough Council' })
  name!: string;

  @ApiProperty({ example: 'Maidstone' })
  shortName!: string;

  @ApiProperty({ type: CouncilTypeDto })
  type!: CouncilTypeDto;

  @ApiProperty({ example: 'South East' })
  region!: string;

  @ApiProperty({ type: CouncilRefDto, nullable: true, description: 'The county council of a two-tier district' })
  county!: CouncilRefDto | null;

  @ApiProperty({ type: CouncilRefDto, nullable: true, description: 'The combined authority (or the GLA) it belongs to' })
  combinedAuthority!: CouncilRefDto | null;
}

export class CouncilDetailResponseDto extends CouncilResponseDto implements CouncilDetailView {
  @ApiProperty({ type: [CouncilRefDto], description: 'Councils inside this one, for a county, combined authority or the GLA' })
  members!: CouncilRefDto[];

  @ApiProperty({ type: [String], example: ['maidstone.gov.uk'], description: 'Buyers with an address on these domains are approved automatically' })
  emailDomains!: string[];
}

export class CouncilPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [CouncilResponseDto] })
  items!: CouncilResponseDto[];
}
