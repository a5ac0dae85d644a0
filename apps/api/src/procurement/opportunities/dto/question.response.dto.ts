import { ApiProperty } from '@nestjs/swagger';
import { PageMetaResponseDto } from '../../../http/page.response.dto';

export class QuestionResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Is data migration from the current system in scope?' })
  question!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Published to every supplier with the question' })
  answer!: string | null;

  @ApiProperty({ format: 'date-time' })
  askedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  answeredAt!: string | null;

  @ApiProperty({ description: "True for the asking supplier's users; nobody else learns who asked" })
  askedByYou!: boolean;
}

export class QuestionPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [QuestionResponseDto] })
  items!: QuestionResponseDto[];
}
