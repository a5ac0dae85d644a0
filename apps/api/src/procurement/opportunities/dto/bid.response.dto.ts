import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RESPONSE_STATUSES, type ResponseStatus } from '@app/procurement';
import { PageMetaResponseDto } from '../../../http/page.response.dto';

class NamedRefResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Weald Digital Ltd' })
  name!: string;
}

class AnswerResponseDto {
  @ApiProperty({ format: 'uuid' })
  criterionId!: string;

  @ApiProperty()
  answer!: string;
}

class ScoreResponseDto {
  @ApiProperty({ format: 'uuid' })
  criterionId!: string;

  @ApiProperty({ example: 80, minimum: 0, maximum: 100 })
  score!: number;

  @ApiProperty()
  comment!: string;

  @ApiProperty({ format: 'date-time' })
  scoredAt!: string;
}

class EvaluationResponseDto {
  @ApiProperty({ type: [ScoreResponseDto] })
  scores!: ScoreResponseDto[];

  @ApiProperty({ example: 80.8, description: 'Σ weight × score / 100 over the scored criteria, 0 to 100, two decimals at most' })
  weightedScore!: number;

  @ApiProperty({ description: 'Every criterion is scored' })
  complete!: boolean;
}

/** A supplier's response to an opportunity (a "bid", so as not to be confused with an HTTP response). */
export class BidResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  opportunityId!: string;

  @ApiProperty({ type: NamedRefResponseDto })
  supplier!: NamedRefResponseDto;

  @ApiProperty({ type: NamedRefResponseDto, nullable: true })
  listing!: NamedRefResponseDto | null;

  @ApiProperty({ enum: RESPONSE_STATUSES })
  status!: ResponseStatus;

  @ApiProperty({ example: '180000.00', description: 'Pounds' })
  price!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: [AnswerResponseDto] })
  answers!: AnswerResponseDto[];

  @ApiProperty({ example: 1, description: 'Counts saves; a replaced submission has a higher revision' })
  revision!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiPropertyOptional({ type: EvaluationResponseDto, description: "Only for the procurement's buyers and administrators, after close" })
  evaluation?: EvaluationResponseDto;
}

export class BidPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [BidResponseDto] })
  items!: BidResponseDto[];
}

export class RankingEntryResponseDto {
  @ApiProperty({ type: Number, nullable: true, example: 1, description: '1 for the best; equal score and price share a rank; null until every criterion is scored' })
  rank!: number | null;

  @ApiProperty({ format: 'uuid' })
  responseId!: string;

  @ApiProperty({ type: NamedRefResponseDto })
  supplier!: NamedRefResponseDto;

  @ApiProperty({ example: '180000.00' })
  price!: string;

  @ApiProperty({ example: 80.8 })
  weightedScore!: number;

  @ApiProperty()
  complete!: boolean;
}

export class RankingResponseDto {
  @ApiProperty({ type: [RankingEntryResponseDto], description: 'Highest weighted score first; ties go to the lower price' })
  items!: RankingEntryResponseDto[];
}
