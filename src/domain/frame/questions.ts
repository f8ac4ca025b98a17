import type { Prototype } from '../prototype/schema';
import { emptyFrame, emptyImpacts } from './empty';
import { requestChannels } from './lists';
import type { Frame, Impacts } from './schema';

/** The part of the frame a question is about: where on the screen it is answered. */
export type FramePart =
  | 'who'
  | 'what'
  | 'where'
  | 'when'
  | 'how'
  | 'howMuch'
  | 'why'
  | 'impacts.agents'
  | 'impacts.requesters'
  | 'impacts.budget';

/** Something the frame does not answer yet. */
export interface OpenQuestion {
  part: FramePart;
  /** i18n key, with its namespace. */
  messageKey: string;
  params?: Record<string, string | number>;
  /** The item it is about (an objective, a budget line, an impact), if any. */
  itemId?: string;
}

const blank = (value: string | undefined) => (value ?? '').trim() === '';

const question = (
  part: FramePart,
  key: string,
  extra: Omit<OpenQuestion, 'part' | 'messageKey'> = {},
): OpenQuestion => ({ part, messageKey: `frame:questions.${key}`, ...extra });

/** The sum of the budget lines that have an amount, in euros. */
export function budgetTotal(frame: Frame): number {
  return frame.budget.reduce((total, line) => total + (line.amount ?? 0), 0);
}

/** The sum of the shares given per channel, in %; 0 when none is given. */
export function channelTotal(impacts: Impacts): number {
  return requestChannels.reduce(
    (total, channel) => total + (impacts.requesters.channels[channel] ?? 0),
    0,
  );
}

function frameQuestions(frame: Frame, prototype: Prototype): OpenQuestion[] {
  const questions: OpenQuestion[] = [];
  if (frame.stakeholders.every((stakeholder) => blank(stakeholder.name)))
    questions.push(question('who', 'who'));
  // What is the purpose's: the frame shows it and asks for it where it is written.
  if (blank(prototype.purpose.statement)) questions.push(question('what', 'what'));
  if (blank(prototype.purpose.owningService)) questions.push(question('where', 'owningService'));
  if (!frame.where.territory) questions.push(question('where', 'territory'));
  if (blank(frame.when.deadline)) questions.push(question('when', 'deadline'));
  if (!frame.when.basis) questions.push(question('when', 'basis'));
  else if (blank(frame.when.reference))
    questions.push(question('when', `reference.${frame.when.basis}`));
  if (blank(frame.how.means)) questions.push(question('how', 'means'));
  if (!frame.how.delivery) questions.push(question('how', 'delivery'));
  const lines = frame.budget.filter((line) => !blank(line.item) || line.amount !== undefined);
  if (lines.length === 0) questions.push(question('howMuch', 'budgetLines'));
  for (const line of lines) {
    if (line.amount === undefined)
      questions.push(
        question('howMuch', 'amount', { itemId: line.id, params: { item: line.item } }),
      );
  }
  const objectives = frame.objectives.filter((objective) => !blank(objective.objective));
  if (objectives.length === 0) questions.push(question('why', 'objectives'));
  for (const objective of objectives) {
    const params = { objective: objective.objective.trim() };
    if (blank(objective.indicator))
      questions.push(question('why', 'indicator', { itemId: objective.id, params }));
    if (blank(objective.target))
      questions.push(question('why', 'target', { itemId: objective.id, params }));
  }
  return questions;
}

/** An impact that says something must say who follows it and what will be done. */
function followUpQuestions(
  part: FramePart,
  impact: { owner: string; action: string },
  extra: Omit<OpenQuestion, 'part' | 'messageKey'> = {},
): OpenQuestion[] {
  const prefix = part.replace('impacts.', '');
  return [
    ...(blank(impact.owner) ? [question(part, `${prefix}.owner`, extra)] : []),
    ...(blank(impact.action) ? [question(part, `${prefix}.action`, extra)] : []),
  ];
}

function impactQuestions(impacts: Impacts): OpenQuestion[] {
  const questions: OpenQuestion[] = [];
  for (const impact of impacts.agents) {
    const said = [impact.before, impact.workload, impact.means, impact.responsibilities];
    if (said.every(blank)) continue;
    questions.push(
      ...followUpQuestions('impacts.agents', impact, {
        itemId: impact.id,
        params: { role: impact.role },
      }),
    );
  }
  const { requesters, budget } = impacts;
  const total = channelTotal(impacts);
  if (Object.keys(requesters.channels).length > 0 && total !== 100)
    questions.push(question('impacts.requesters', 'channels', { params: { total } }));
  if (!blank(requesters.struggling) || requesters.help.length > 0 || total > 0)
    questions.push(...followUpQuestions('impacts.requesters', requesters));
  if (!blank(budget.currentCost) || !blank(budget.savingsUse))
    questions.push(...followUpQuestions('impacts.budget', budget));
  return questions;
}

/**
 * What the project frame does not answer yet, in the order of the screen: the project's
 * open questions, shown beside the frame and as warnings in the review checklist. A
 * prototype with no frame has every question open.
 */
export function openQuestions(frame: Frame | undefined, prototype: Prototype): OpenQuestion[] {
  return [
    ...frameQuestions(frame ?? emptyFrame(), prototype),
    ...impactQuestions(prototype.impacts ?? emptyImpacts()),
  ];
}
