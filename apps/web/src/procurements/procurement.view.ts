import type { PartnerView } from '@app/matching';
import type {
  CouncilProcurementsView,
  InvitationStatus,
  JointProcurementStatus,
  JointProcurementView,
  LintWarning,
  NeedFullView,
  OpportunityDraftInput,
  OpportunityView,
  QuestionView,
  RankingEntryView,
  ResponseView,
} from '@app/procurement';
import { splitAward } from '@app/procurement';
import { penceToPounds, poundsToPence } from '@app/shared';
import { formatPounds } from '../catalogue/money';
import { formatDate, formatDateTime } from '../http/dates';
import { councilField } from './procurement.forms';

export interface TagView {
  text: string;
  classes: string;
}

export interface SummaryRow {
  key: { text: string };
  value: { text: string };
}

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}

const PROCUREMENT_TAGS: Record<JointProcurementStatus, TagView> = {
  forming: { text: 'Forming', classes: 'govuk-tag--blue' },
  published: { text: 'Published', classes: 'govuk-tag--turquoise' },
  evaluating: { text: 'Evaluating', classes: 'govuk-tag--yellow' },
  awarded: { text: 'Awarded', classes: 'govuk-tag--green' },
  cancelled: { text: 'Cancelled', classes: 'govuk-tag--red' },
};

const INVITATION_TAGS: Record<InvitationStatus, TagView> = {
  pending: { text: 'Waiting for an answer', classes: 'govuk-tag--blue' },
  accepted: { text: 'Accepted', classes: 'govuk-tag--green' },
  declined: { text: 'Declined', classes: 'govuk-tag--red' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
};

export function procurementTag(status: JointProcurementStatus): TagView {
  return PROCUREMENT_TAGS[status];
}

export interface ProcurementListView {
  procurements: { href: string; title: string; lead: string; role: string; status: TagView; started: string }[];
  invitations: { href: string; title: string; lead: string; invited: string }[];
}

export function toProcurementListView(list: CouncilProcurementsView): ProcurementListView {
  return {
    procurements: list.procurements.map((procurement) => ({
      href: `/joint-procurements/${procurement.id}`,
      title: procurement.title,
      lead: procurement.leadCouncil.name,
      role: procurement.isLead ? 'Lead council' : 'Taking part',
      status: procurementTag(procurement.status),
      started: formatDate(procurement.createdAt),
    })),
    invitations: list.invitations.map((invitation) => ({
      href: `/joint-procurements/${invitation.jointProcurementId}`,
      title: invitation.title,
      lead: invitation.leadCouncil.name,
      invited: formatDate(invitation.invitedAt),
    })),
  };
}

export interface InviteChoice {
  code: string;
  id: string;
  value: string;
  name: string;
  text: string;
  hint: { text: string };
  checked: boolean;
}

/**
 * The lead's need's partner councils not yet in the procurement, as checkboxes; the one the buyer
 * came from ("Buy together" on a partner suggestion) is ticked.
 */
export function inviteChoices(partners: readonly PartnerView[], procurement: JointProcurementView, values: Record<string, string>): InviteChoice[] {
  const taken = new Set([
    procurement.leadCouncil.code,
    ...procurement.participants.map((participant) => participant.council.code),
    ...procurement.invitations.filter((invitation) => invitation.status === 'pending' || invitation.status === 'accepted').map((invitation) => invitation.council.code),
  ]);
  const seen = new Set<string>();
  const choices: InviteChoice[] = [];
  for (const partner of partners) {
    if (taken.has(partner.councilCode) || seen.has(partner.councilCode)) continue;
    seen.add(partner.councilCode);
    choices.push({
      code: partner.councilCode,
      id: councilField(partner.councilCode),
      value: 'yes',
      name: councilField(partner.councilCode),
      text: partner.councilName,
      hint: { text: `Their need: ${partner.title}. Suggested because: ${partner.reasons.map((reason) => reason.text).join('; ')}` },
      checked: values[councilField(partner.councilCode)] === 'yes',
    });
  }
  return choices;
}

export interface InvitationRowView {
  id: string;
  council: string;
  status: TagView;
  invited: string;
  answer: string;
  withdrawable: boolean;
}

export interface JointProcurementPageView {
  id: string;
  href: string;
  title: string;
  status: TagView;
  facts: SummaryRow[];
  participants: { council: string; need: string; share: string; lead: boolean }[];
  invitations: InvitationRowView[];
  isLead: boolean;
  /** The buyer's council takes part (so runs the opportunity with the others). */
  participating: boolean;
  forming: boolean;
  /** The buyer's own council's pending invitation, to accept or decline. */
  ownInvitation: { acceptHref: string; declineHref: string } | null;
  opportunity: { href: string; manageHref: string } | null;
  cancellation: string | null;
}

export function toJointProcurementPageView(procurement: JointProcurementView, councilCode: string): JointProcurementPageView {
  const isLead = procurement.leadCouncil.code === councilCode;
  const forming = procurement.status === 'forming';
  const own = procurement.invitations.find((invitation) => invitation.council.code === councilCode && invitation.status === 'pending');
  const href = `/joint-procurements/${procurement.id}`;
  return {
    id: procurement.id,
    href,
    title: procurement.title,
    status: procurementTag(procurement.status),
    facts: [
      row('Lead council', procurement.leadCouncil.name),
      row('Estimated value', procurement.estimatedValue ? formatPounds(procurement.estimatedValue) : 'Not given'),
      row('Started', formatDate(procurement.createdAt)),
      ...(procurement.publishedAt ? [row('Published', formatDate(procurement.publishedAt))] : []),
      ...(procurement.awardedAt ? [row('Awarded', formatDate(procurement.awardedAt))] : []),
    ],
    participants: procurement.participants.map((participant) => ({
      council: participant.council.name,
      need: participant.need.title,
      share: formatPounds(participant.valueShare),
      lead: participant.isLead,
    })),
    invitations: procurement.invitations.map((invitation) => ({
      id: invitation.id,
      council: invitation.council.name,
      status: INVITATION_TAGS[invitation.status],
      invited: formatDate(invitation.invitedAt),
      answer: invitation.note ?? (invitation.answeredAt ? `Answered ${formatDate(invitation.answeredAt)}` : ''),
      withdrawable: isLead && forming && invitation.status === 'pending',
    })),
    isLead,
    participating: procurement.participants.some((participant) => participant.council.code === councilCode),
    forming,
    ownInvitation: own && forming ? { acceptHref: `${href}/invitations/${own.id}/accept`, declineHref: `${href}/invitations/${own.id}/decline` } : null,
    opportunity: procurement.opportunityId ? { href: `/opportunities/${procurement.opportunityId}`, manageHref: `/buyer/opportunities/${procurement.opportunityId}` } : null,
    cancellation: procurement.cancelledAt ? `Cancelled on ${formatDate(procurement.cancelledAt)}: ${procurement.cancellationReason ?? ''}` : null,
  };
}

/** The buyer's open needs, as the radios of the accept form. */
export function needChoices(needs: readonly NeedFullView[], values: Record<string, string>): { value: string; text: string; hint: { text: string }; checked: boolean }[] {
  return needs.map((need) => ({
    value: need.id,
    text: need.title,
    hint: { text: `CPV ${need.cpvCodes.join(', ')}${need.estimatedValue ? `; estimated value ${formatPounds(need.estimatedValue)}` : '; no estimated value, so enter your share'}` },
    checked: values.needId === need.id,
  }));
}

/** The draft as the check page shows it, before publishing. */
export function draftSummary(draft: OpportunityDraftInput, lotName: string): SummaryRow[] {
  return [
    row('Title', draft.title),
    row('Framework lot', lotName),
    row('The problem', draft.problemStatement ?? 'Not given'),
    row('User needs', draft.userNeeds ?? 'Not given'),
    row('Scope', draft.scope ?? 'Not given'),
    row('Budget', formatPounds(draft.budget)),
    row('Closing', formatDateTime(draft.closingAt)),
    row('Evaluation criteria', draft.criteria.map((criterion) => `${criterion.name} (${criterion.weight}%)`).join(', ')),
  ];
}

/** The form's names for the fields the linter's messages start with (written for API callers). */
const LINT_FIELD_LABELS: Record<string, string> = { title: 'The title', problemStatement: 'The problem', userNeeds: 'User needs', scope: 'Scope' };

/** The linter's advice as sentences: the form's field names, a capital letter first. */
export function warningTexts(warnings: readonly LintWarning[]): string[] {
  return warnings.map(({ field, message }) => {
    const label = LINT_FIELD_LABELS[field];
    const worded = label && message.startsWith(`${field} `) ? `${label}${message.slice(field.length)}` : message;
    return worded.charAt(0).toUpperCase() + worded.slice(1);
  });
}

export interface QuestionToAnswerView {
  id: string;
  field: string;
  question: string;
  answer: string | null;
  asked: string;
}

export function toQuestionsToAnswer(questions: readonly QuestionView[]): QuestionToAnswerView[] {
  return questions.map((question) => ({ id: question.id, field: `answer-${question.id}`, question: question.question, answer: question.answer, asked: formatDate(question.askedAt) }));
}

export interface ResponseRowView {
  id: string;
  supplier: string;
  price: string;
  submitted: string;
  score: string;
  scoreHref: string;
}

export function toResponseRows(opportunityId: string, responses: readonly ResponseView[]): ResponseRowView[] {
  return responses.map((response) => ({
    id: response.id,
    supplier: response.supplier.name,
    price: formatPounds(response.price),
    submitted: response.submittedAt ? formatDateTime(response.submittedAt) : 'Not submitted',
    score: response.evaluation ? (response.evaluation.complete ? `${response.evaluation.weightedScore} out of 100` : 'Not fully scored') : 'Not scored',
    scoreHref: `/buyer/opportunities/${opportunityId}/responses/${response.id}`,
  }));
}

export function toRankingRows(ranking: readonly RankingEntryView[]): { rank: string; supplier: string; price: string; score: string }[] {
  return ranking.map((entry) => ({
    rank: entry.rank === null ? 'Not ranked' : String(entry.rank),
    supplier: entry.supplier.name,
    price: formatPounds(entry.price),
    score: entry.complete ? `${entry.weightedScore} out of 100` : 'Not fully scored',
  }));
}

/** The score form: each criterion with its fields, the answer being scored and any score already agreed. */
export function scoreFormCriteria(opportunity: OpportunityView, response: ResponseView): { name: string; weight: number; answer: string; scoreField: string; commentField: string }[] {
  const answers = new Map(response.answers.map((answer) => [answer.criterionId, answer.answer]));
  return opportunity.criteria.map((criterion, index) => ({
    name: criterion.name,
    weight: criterion.weight,
    answer: answers.get(criterion.id) || 'No answer given',
    scoreField: `score-${index}`,
    commentField: `comment-${index}`,
  }));
}

export function scoreFormValues(opportunity: OpportunityView, response: ResponseView): Record<string, string> {
  const values: Record<string, string> = {};
  const scores = new Map((response.evaluation?.scores ?? []).map((score) => [score.criterionId, score]));
  opportunity.criteria.forEach((criterion, index) => {
    const score = scores.get(criterion.id);
    if (!score) return;
    values[`score-${index}`] = String(score.score);
    values[`comment-${index}`] = score.comment;
  });
  return values;
}

/**
 * What awarding will do: the winner's price split into one contract per council by value share,
 * to the penny, as the award service splits it.
 */
export function awardPreview(procurement: JointProcurementView, winner: RankingEntryView): { supplier: string; value: string; contracts: SummaryRow[] } {
  const parts = splitAward(
    poundsToPence(winner.price),
    procurement.participants.map((participant) => poundsToPence(participant.valueShare)),
  );
  return {
    supplier: winner.supplier.name,
    value: formatPounds(winner.price),
    contracts: procurement.participants.map((participant, index) => row(participant.council.name, formatPounds(penceToPounds(parts[index])))),
  };
}
