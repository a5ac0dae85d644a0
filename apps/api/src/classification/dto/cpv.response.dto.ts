import { ApiProperty } from '@nestjs/swagger';
import { CPV_LEVELS, type CpvCodeDetailView, type CpvCodeRef, type CpvCodeView, type CpvLevel } from '@app/classification';
import { PageMetaResponseDto } from '../../http/page.response.dto';

export class CpvCodeResponseDto implements CpvCodeView {
  @ApiProperty({ example: '72260000', description: 'Eight digits, without the check digit' })
  code!: string;

  @ApiProperty({ example: '5' })
  checkDigit!: string;

  @ApiProperty({ example: '72260000-5' })
  codeWithCheckDigit!: string;

  @ApiProperty({ example: 'Software-related services' })
  label!: string;

  @ApiProperty({ enum: CPV_LEVELS })
  level!: CpvLevel;

  @ApiProperty({ type: String, nullable: true, example: '72200000' })
  parentCode!: string | null;

  @ApiProperty({ example: '72' })
  division!: string;
}

export class CpvCodeRefDto implements CpvCodeRef {
  @ApiProperty({ example: '72200000' })
  code!: string;

  @ApiProperty({ example: 'Software programming and consultancy services' })
  label!: string;

  @ApiProperty({ enum: CPV_LEVELS })
  level!: CpvLevel;
}

export class CpvCodeDetailResponseDto extends CpvCodeResponseDto implements CpvCodeDetailView {
  @ApiProperty({ type: CpvCodeRefDto, nullable: true })
  parent!: CpvCodeRefDto | null;

  @ApiProperty({ type: [CpvCodeRefDto], description: 'The codes directly below this one' })
  children!: CpvCodeRefDto[];
}

export class CpvCodePageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [CpvCodeResponseDto] })
  items!: CpvCodeResponseDto[];
}
