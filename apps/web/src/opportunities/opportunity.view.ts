import type { OpportunityView, QuestionView, ResponseView } from '@app/procurement';
import { formatDate, formatDateTime } from '../http/dates';

export { formatDateTime };
import { formatPounds } from '../catalogue/money';

export interface TagView {
  text: string;
  classes: string;
}

export interface OpportunityRowView {
  href: string;
  title: string;
  councils: string;
  lot: string;
  closing: string;
  budget: string;
}

export interface CriterionRowView {
  name: string;
  description: string;
  weight: string;
}

export interface QuestionRowView {
  question: string;
  answer: string | null;
  asked: string;
  /** Only the asker's own users learn that a question is theirs; nobody sees who asked. */
  yours: boolean;
}

export interface OwnResponseView {
  status: TagView;
  price: string;
  summary: string;
  answers: { name: string; answer: string }[];
  submitted: string | null;
  /** When awarded: whether this supplier won. */
  outcome: { won: boolean; text: string } | null;
}

export interface OpportunityPageView {
  id: string;
  href: string;
  pageTitle: string;
  title: string;
  status: TagView;
  open: boolean;
  facts: { key: { text: string }; value: { text: string } }[];
  problemStatement: string;
  userNeeds: string;
  scope: string;
  criteria: CriterionRowView[];
  questions: QuestionRowView[];
  award: string | null;
  cancellation: string | null;
}

const STATUS_TAGS: Record<string, TagView> = {
  open: { text: 'Open', classes: 'govuk-tag--blue' },
  closed: { text: 'Closed', classes: 'govuk-tag--grey' },
  awarded: { text: 'Awarded', classes: 'govuk-tag--green' },
  cancelled: { text: 'Cancelled', classes: 'govuk-tag--red' },
};

function lotName(opportunity: OpportunityView): string {
  return opportunity.lot ? `${opportunity.lot.framework.name}: ${opportunity.lot.name}` : 'Open to any supplier';
}

function councilNames(opportunity: OpportunityView): string {
  return opportunity.councils.map((council) => council.name).join(', ');
}

export function toOpportunityRow(opportunity: OpportunityView): OpportunityRowView {
  return {
    href: `/opportunities/${opportunity.id}`,
    title: opportunity.title,
    councils: councilNames(opportunity),
    lot: lotName(opportunity),
    closing: formatDateTime(opportunity.closingAt),
    budget: formatPounds(opportunity.budget),
  };
}

export function toQuestionRow(question: QuestionView): QuestionRowView {
  return { question: question.question, answer: question.answer, asked: formatDate(question.askedAt), yours: question.askedByYou };
}

export function toOpportunityPageView(opportunity: OpportunityView, questions: readonly QuestionView[]): OpportunityPageView {
  const row = (key: string, value: string) => ({ key: { text: key }, value: { text: value } });
  return {
    id: opportunity.id,
    href: `/opportunities/${opportunity.id}`,
    pageTitle: opportunity.title,
    title: opportunity.title,
    status: STATUS_TAGS[opportunity.status] ?? { text: opportunity.status, classes: 'govuk-tag--grey' },
    open: opportunity.status === 'open',
    facts: [
      row('Councils', councilNames(opportunity)),
      row('Lead council', opportunity.leadCouncil.name),
      row('Framework lot', lotName(opportunity)),
      row('Budget', formatPounds(opportunity.budget)),
      row('Published', formatDate(opportunity.publishedAt)),
      row('Closing', formatDateTime(opportunity.closingAt)),
    ],
    problemStatement: opportunity.problemStatement,
    userNeeds: opportunity.userNeeds,
    scope: opportunity.scope,
    criteria: opportunity.criteria.map((criterion) => ({ name: criterion.name, description: criterion.description, weight: `${criterion.weight}%` })),
    questions: questions.map(toQuestionRow),
    award: opportunity.award ? `Awarded to ${opportunity.award.supplier.name} on ${formatDate(opportunity.award.awardedAt)} for ${formatPounds(opportunity.award.value)}` : null,
    cancellation: opportunity.cancelledAt ? `Cancelled on ${formatDate(opportunity.cancelledAt)}: ${opportunity.cancellationReason ?? ''}` : null,
  };
}

/** The supplier's own response as its page shows it, with the outcome once the opportunity is awarded. */
export function toOwnResponseView(opportunity: OpportunityView, response: ResponseView): OwnResponseView {
  const names = new Map(opportunity.criteria.map((criterion) => [criterion.id, criterion.name]));
  const submitted = response.status !== 'draft';
  let outcome: OwnResponseView['outcome'] = null;
  if (opportunity.award && submitted) {
    const won = opportunity.award.supplier.id === response.supplier.id;
    outcome = { won, text: won ? 'Your response won this opportunity.' : 'Your response was not successful.' };
  }
  return {
    status: submitted ? { text: 'Submitted', classes: 'govuk-tag--green' } : { text: 'Draft', classes: 'govuk-tag--grey' },
    price: formatPounds(response.price),
    summary: response.summary,
    answers: response.answers.map((answer) => ({ name: names.get(answer.criterionId) ?? 'Criterion', answer: answer.answer })),
    submitted: response.submittedAt ? formatDateTime(response.submittedAt) : null,
    outcome,
  };
}

/** The response form's criteria, each with the name of its answer field (`answer-0`, …). */
export function responseFormCriteria(opportunity: OpportunityView): { id: string; field: string; fieldId: string; name: string; description: string; weight: number }[] {
  return opportunity.criteria.map((criterion, index) => ({
    id: criterion.id,
    field: `answer-${index}`,
    fieldId: `answers-${index}-answer`,
    name: criterion.name,
    description: criterion.description,
    weight: criterion.weight,
  }));
}
