import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { QuestionService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Public } from '../../auth/public.decorator';
import { ApiProblems } from '../../http/api-problems.decorator';
import { PageQueryDto } from '../../http/page-query.dto';
import { uuidParam } from '../../http/uuid-param';
import { AnswerQuestionRequestDto, AskQuestionRequestDto } from './dto/question.request.dto';
import { QuestionPageResponseDto, QuestionResponseDto } from './dto/question.response.dto';

@ApiTags('opportunities')
@ApiParam({ name: 'id', format: 'uuid' })
@Controller('opportunities/:id/questions')
export class OpportunityQuestionsController {
  constructor(@Inject(QuestionService) private readonly questions: QuestionService) {}

  @Post()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Ask a clarification question (supplier users, while open)', description: 'Nobody but the asking supplier learns who asked.' })
  @ApiCreatedResponse({ type: QuestionResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  ask(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string, @Body() body: AskQuestionRequestDto): Promise<QuestionResponseDto> {
    return this.questions.ask(actor, id, body.question);
  }

  @Get()
  @Public()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Clarification questions, oldest first',
    description: "Answered ones for everyone; also the caller's own unanswered ones (suppliers), or all of them (the procurement's buyers, administrators).",
  })
  @ApiOkResponse({ type: QuestionPageResponseDto })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string, @Query() query: PageQueryDto): Promise<QuestionPageResponseDto> {
    return this.questions.list(actor, id, query.toPageRequest());
  }

  @Post(':qid/answer')
  @ApiBearerAuth()
  @ApiParam({ name: 'qid', format: 'uuid' })
  @ApiOperation({
    summary: "Answer a question (buyers of the procurement's councils, while open)",
    description: 'The question and answer are published to every supplier without the asker; the asker is notified. An answer is final (409 if answered).',
  })
  @ApiCreatedResponse({ type: QuestionResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  answer(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Param('qid', uuidParam('qid')) qid: string,
    @Body() body: AnswerQuestionRequestDto,
  ): Promise<QuestionResponseDto> {
    return this.questions.answer(actor, id, qid, body.answer);
  }
}
