import { barChartSvg } from '../documents/barChart';
import type { DocumentBlock, FabrikDocument } from '../documents/model';
import type { Prototype } from '../prototype/schema';
import type { RoleAfter } from './agentImpacts';
import { emptyFrame, emptyImpacts } from './empty';
import { requestChannels } from './lists';
import { budgetTotal, openQuestions } from './questions';
import type { AgentImpact, Frame, Impacts } from './schema';

/**
 * The words the document is written with, in the interface's language: `t` reads the
 * frame's strings (keys as in `src/features/frame/i18n.ts`, the open questions' keys with
 * their namespace), the others format amounts and dates.
 */
export interface FrameDocumentWords {
  t: (key: string, params?: Record<string, string | number>) => string;
  amount: (euros: number) => string;
  date: (isoDate: string) => string;
}

const blank = (value: string | undefined) => (value ?? '').trim() === '';

/** Writes the document's parts with the same words: a value left empty says so. */
function writer({ t }: FrameDocumentWords) {
  const value = (text: string | undefined) => (blank(text) ? t('document.empty') : text!.trim());
  return {
    value,
    heading: (level: 1 | 2 | 3, text: string): DocumentBlock => ({ kind: 'heading', level, text }),
    /** « Label : value » lines, which read the same on screen, on paper and in Word. */
    pairs: (pairs: [label: string, text: string | undefined][]): DocumentBlock => ({
      kind: 'list',
      items: pairs.map(([label, text]) => t('document.pair', { label, value: value(text) })),
    }),
  };
}

function framePart(prototype: Prototype, frame: Frame, words: FrameDocumentWords): DocumentBlock[] {
  const { t } = words;
  const { heading, pairs, value } = writer(words);
  const stakeholders = frame.stakeholders.filter((stakeholder) => !blank(stakeholder.name));
  const budget = frame.budget.filter((line) => !blank(line.item) || line.amount !== undefined);
  const objectives = frame.objectives.filter((objective) => !blank(objective.objective));
  const none = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
  return [
    heading(1, t('document.frame')),
    heading(2, t('parts.who')),
    stakeholders.length === 0
      ? none(t('document.noStakeholder'))
      : {
          kind: 'table',
          caption: t('document.stakeholders'),
          columns: [t('who.kind'), t('who.name'), t('who.role')],
          rows: stakeholders.map((stakeholder) => [
            t(`who.kinds.${stakeholder.kind}`),
            stakeholder.name.trim(),
            stakeholder.role.trim(),
          ]),
        },
    heading(2, t('parts.what')),
    pairs([
      [t('what.statement'), prototype.purpose.statement],
      [t('what.outOfScope'), prototype.purpose.outOfScope],
    ]),
    heading(2, t('parts.where')),
    pairs([
      [t('where.owningService'), prototype.purpose.owningService],
      [
        t('where.territory'),
        frame.where.territory && t(`where.territories.${frame.where.territory}`),
      ],
      [t('where.territoryName'), frame.where.territoryName],
    ]),
    heading(2, t('parts.when')),
    pairs([
      [t('when.deadline'), frame.when.deadline && words.date(frame.when.deadline)],
      [t('when.basis'), frame.when.basis && t(`when.bases.${frame.when.basis}`)],
      [t('when.reference'), frame.when.reference],
    ]),
    heading(2, t('parts.how')),
    pairs([
      [t('how.means'), frame.how.means],
      [t('how.delivery'), frame.how.delivery && t(`how.deliveries.${frame.how.delivery}`)],
    ]),
    heading(2, t('parts.howMuch')),
    budget.length === 0
      ? none(t('document.noBudget'))
      : {
          kind: 'table',
          caption: t('document.budget'),
          columns: [t('howMuch.item'), t('howMuch.amount')],
          rows: [
            ...budget.map((line) => [
              value(line.item),
              line.amount === undefined ? t('document.empty') : words.amount(line.amount),
            ]),
            [t('document.total'), words.amount(budgetTotal(frame))],
          ],
        },
    heading(2, t('parts.why')),
    objectives.length === 0
      ? none(t('document.noObjective'))
      : {
          kind: 'table',
          caption: t('document.objectives'),
          columns: [t('why.objective'), t('why.indicator'), t('why.target')],
          rows: objectives.map((objective) => [
            objective.objective.trim(),
            value(objective.indicator),
            value(objective.target),
          ]),
        },
  ];
}

function roleBlocks(
  role: string,
  after: RoleAfter | undefined,
  impact: AgentImpact | undefined,
  words: FrameDocumentWords,
): DocumentBlock[] {
  const { t } = words;
  const { heading, pairs } = writer(words);
  const steps = after?.steps.map((step) =>
    step.delayDays === undefined
      ? t('impacts.agents.stepNoDelay', { name: step.name || t('impacts.agents.unnamed') })
      : t('impacts.agents.step', {
          name: step.name || t('impacts.agents.unnamed'),
          days: step.delayDays,
        }),
  );
  return [
    heading(3, role),
    pairs([
      [t('impacts.agents.before'), impact?.before],
      [t('impacts.agents.workload'), impact?.workload],
      [t('impacts.agents.means'), impact?.means],
      [t('impacts.agents.responsibilities'), impact?.responsibilities],
      [t('impacts.owner'), impact?.owner],
      [t('impacts.action'), impact?.action],
    ]),
    ...(!steps
      ? [{ kind: 'paragraph' as const, text: t('impacts.agents.gone') }]
      : [
          { kind: 'paragraph' as const, text: t('impacts.agents.after') },
          steps.length === 0
            ? { kind: 'paragraph' as const, text: t('impacts.agents.noStep') }
            : { kind: 'list' as const, items: steps },
        ]),
  ];
}

function impactsPart(
  impacts: Impacts,
  roles: readonly RoleAfter[],
  words: FrameDocumentWords,
): DocumentBlock[] {
  const { t } = words;
  const { heading, pairs } = writer(words);
  const { requesters, budget } = impacts;
  // As on the screen: the roles of the process, then impacts kept for roles it lost.
  const gone = impacts.agents.filter((impact) => !roles.some((role) => role.role === impact.role));
  const channels = requestChannels.filter((channel) => requesters.channels[channel] !== undefined);
  return [
    heading(1, t('parts.impacts')),
    heading(2, t('impacts.agents.title')),
    ...(roles.length === 0 && gone.length === 0
      ? [{ kind: 'paragraph' as const, text: t('impacts.agents.none') }]
      : []),
    ...roles.flatMap((role) =>
      roleBlocks(
        role.role,
        role,
        impacts.agents.find((impact) => impact.role === role.role),
        words,
      ),
    ),
    ...gone.flatMap((impact) => roleBlocks(impact.role, undefined, impact, words)),
    heading(2, t('impacts.requesters.title')),
    pairs([
      [t('impacts.requesters.struggling'), requesters.struggling],
      [
        t('impacts.requesters.help'),
        requesters.help.map((kind) => t(`impacts.requesters.helpKinds.${kind}`)).join(', '),
      ],
      [t('impacts.owner'), requesters.owner],
      [t('impacts.action'), requesters.action],
    ]),
    ...(channels.length === 0
      ? []
      : [
          {
            kind: 'image' as const,
            alt: t('document.channelsChart', {
              shares: channels
                .map((channel) =>
                  t('document.channelShare', {
                    channel: t(`impacts.requesters.channelNames.${channel}`),
                    share: requesters.channels[channel] ?? 0,
                  }),
                )
                .join(t('document.separator')),
            }),
            svg: barChartSvg(
              channels.map((channel) => ({
                label: t(`impacts.requesters.channelNames.${channel}`),
                value: requesters.channels[channel] ?? 0,
              })),
              { max: 100, unit: '%' },
            ),
          },
          {
            kind: 'table' as const,
            caption: t('document.channels'),
            columns: [t('document.channel'), t('document.share')],
            rows: channels.map((channel) => [
              t(`impacts.requesters.channelNames.${channel}`),
              `${requesters.channels[channel]} %`,
            ]),
          },
        ]),
    heading(2, t('impacts.budget.title')),
    pairs([
      [t('impacts.budget.currentCost'), budget.currentCost],
      [t('impacts.budget.savingsUse'), budget.savingsUse],
      [t('impacts.owner'), budget.owner],
      [t('impacts.action'), budget.action],
    ]),
  ];
}

/**
 * The project frame as a document to hand round before the workshops: the QQOQCCP, the
 * impacts of the change (each role's work after it read from the process, `roles`), and
 * what is still open. What is not answered says so rather than vanishing, so that the
 * reader sees the gaps.
 */
export function frameDocument(
  prototype: Prototype,
  roles: readonly RoleAfter[],
  words: FrameDocumentWords,
): FabrikDocument {
  const { t } = words;
  const questions = openQuestions(prototype.frame, prototype);
  return {
    title: t('document.title', { name: prototype.name }),
    blocks: [
      ...framePart(prototype, prototype.frame ?? emptyFrame(), words),
      ...impactsPart(prototype.impacts ?? emptyImpacts(), roles, words),
      { kind: 'heading', level: 1, text: t('questions.title') },
      questions.length === 0
        ? { kind: 'paragraph', text: t('questions.none') }
        : { kind: 'list', items: questions.map((q) => t(q.messageKey, q.params)) },
    ],
  };
}
