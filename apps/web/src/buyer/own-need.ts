import { isFullNeedView, NeedFullView, NeedService } from '@app/procurement';
import { DomainError } from '@app/shared';
import type { Request } from 'express';
import { requireBuyer } from './buyer-user';
import { requirePageId } from '../catalogue/page-id';

/** The buyer's own council's need in full; another council's (even one open to collaboration) is 404. */
export async function ownNeed(needs: NeedService, request: Request, id: string): Promise<NeedFullView> {
  const { actor, councilCode } = requireBuyer(request.actor);
  const need = await needs.get(actor, requirePageId(id, 'Need'));
  if (!isFullNeedView(need) || need.council.code !== councilCode) throw DomainError.notFound('Need');
  return need;
}
