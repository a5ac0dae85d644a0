import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { JointProcurementDirectory } from '@app/procurement';
import type { Request, Response } from 'express';
import { requireBuyer } from '../buyer/buyer-user';
import { toProcurementListView } from './procurement.view';

/** "Your procurements": what the buyer's council buys together, and the invitations waiting for its answer. */
@Controller('buyer/procurements')
export class ProcurementsPageController {
  constructor(@Inject(JointProcurementDirectory) private readonly directory: JointProcurementDirectory) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { actor } = requireBuyer(request.actor);
    const list = toProcurementListView(await this.directory.forBuyer(actor));
    response.render('procurements/list', { pageTitle: 'Your procurements', ...list, declined: request.query.declined === '1' });
  }
}
