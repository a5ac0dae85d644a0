import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { PipelineService } from '@app/procurement';
import type { Request, Response } from 'express';
import { requireBuyer } from './buyer-user';
import { toPipelinePageView } from './pipeline.view';

/** The renewal pipeline of the buyer's council: contracts ending within the default horizon (18 months). */
@Controller('buyer/pipeline')
export class PipelinePageController {
  constructor(@Inject(PipelineService) private readonly pipeline: PipelineService) {}

  @Get()
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { actor, councilCode } = requireBuyer(request.actor);
    const pipeline = toPipelinePageView(await this.pipeline.forCouncil(actor, councilCode));
    response.render('buyer/pipeline', { pageTitle: 'Renewal pipeline', pipeline });
  }
}
