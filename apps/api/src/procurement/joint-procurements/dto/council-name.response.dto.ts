import { ApiProperty } from '@nestjs/swagger';

export class CouncilNameResponseDto {
  @ApiProperty({ example: 'E07000110', description: 'GSS code' })
  code!: string;

  @ApiProperty({ example: 'Maidstone Borough Council' })
  name!: string;
}
