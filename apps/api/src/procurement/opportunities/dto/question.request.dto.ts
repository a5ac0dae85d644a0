import { ApiProperty } from '@nestjs/swagger';
import { QUESTION_LIMITS } from '@app/procurement';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AskQuestionRequestDto {
  @ApiProperty({ example: 'Is data migration from the current system in scope?', maxLength: QUESTION_LIMITS.question })
  @IsString()
  @IsNotEmpty()
  @MaxLength(QUESTION_LIMITS.question)
  question!: string;
}

export class AnswerQuestionRequestDto {
  @ApiProperty({ example: 'Yes: case records from 2015 onwards.', maxLength: QUESTION_LIMITS.answer })
  @IsString()
  @IsNotEmpty()
  @MaxLength(QUESTION_LIMITS.answer)
  answer!: string;
}
