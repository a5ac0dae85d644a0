import { DomainError } from '@app/shared';

export const JOINT_PROCUREMENT_STATUSES = ['forming', 'published', 'evaluating', 'awarded', 'cancelled'] as const;
export type JointProcurementStatus = (typeof JOINT_PROCUREMENT_STATUSES)[number];

/**
 * What is asked of a joint procurement. Inviting and answering invitations happen while it forms;
 * publishing creates its opportunity; closing the opportunity starts evaluation; awarding ends it.
 */
export const JOINT_PROCUREMENT_ACTIONS = ['invite', 'answer-invitation', 'withdraw-invitation', 'publish', 'evaluate', 'award', 'cancel'] as const;
export type JointProcurementAction = (typeof JOINT_PROCUREMENT_ACTIONS)[number];

/**
 * forming → published → evaluating → awarded | cancelled, cancel allowed at any stage before award.
 * The roster (invitations, shares) is fixed once published, because the shares become contracts.
 * Returns the status after the action; anything else is a 409 naming the current status.
 */
export function nextJointProcurementStatus(current: JointProcurementStatus, action: JointProcurementAction): JointProcurementStatus {
  switch (action) {
    case 'invite':
    case 'answer-invitation':
    case 'withdraw-invitation':
      if (current === 'forming') return 'forming';
      return refuse(current, 'JOINT_PROCUREMENT_NOT_FORMING', 'invitations can only change while it is forming');
    case 'publish':
      if (current === 'forming') return 'published';
      return refuse(current, 'JOINT_PROCUREMENT_NOT_FORMING', 'only a forming joint procurement can be published');
    case 'evaluate':
      if (current === 'published') return 'evaluating';
      return refuse(current, 'JOINT_PROCUREMENT_NOT_PUBLISHED', 'only a published joint procurement moves to evaluation');
    case 'award':
      if (current === 'evaluating') return 'awarded';
      return refuse(current, 'JOINT_PROCUREMENT_NOT_EVALUATING', 'only a joint procurement under evaluation can be awarded');
    case 'cancel':
      if (current === 'forming' || current === 'published' || current === 'evaluating') return 'cancelled';
      return refuse(current, 'JOINT_PROCUREMENT_CLOSED', 'an awarded or cancelled joint procurement cannot be cancelled');
  }
}

function refuse(current: JointProcurementStatus, code: string, rule: string): never {
  throw new DomainError('invalid_state', code, `The joint procurement is ${current}: ${rule}`);
}
