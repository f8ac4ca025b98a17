import type { Field, Form } from '../form/schema';
import type { ProcessGraph } from '../process/graph';
import type { PrototypeContent } from '../prototype/schema';
import type { MessageChannel } from '../tracking/schema';
import type { DigitisationLevel } from './schema';

/** What a prototype shows about how online its service will be. */
export interface PrototypeFacts {
  prototypeId: string;
  /** Fields that ask the requester something (sections and explanations do not). */
  answerFields: number;
  /** Fields where the requester attaches a document. */
  uploadFields: number;
  /** Names of the process steps that need the requester in person. */
  counterSteps: string[];
  /** Statuses the requester follows on their tracking page. */
  requesterStatuses: number;
  /** Channels of the messages sent when a request reaches a final status. */
  decisionChannels: MessageChannel[];
}

/** One part of why a level is proposed, rendered into words by the screen. */
export type LevelReason =
  | { code: 'noFormFields' }
  | { code: 'onlineForm'; uploads: number }
  | { code: 'noCounterStep' }
  | { code: 'counterSteps'; steps: string[] }
  | { code: 'onlineTracking' }
  | { code: 'noOnlineTracking' }
  | { code: 'decisionOnline' }
  | { code: 'decisionNotOnline' };

export interface LevelProposal {
  level: DigitisationLevel;
  reasons: LevelReason[];
}

/** Words in a step's name, lane or notes that say the requester comes in person. */
const IN_PERSON =
  /guichet|en personne|sur place|rendez-vous|présentiel|presentiel|accueil physique|\bcounter\b|in person|appointment/i;

/** Types that show something without asking anything. */
export const NOT_ASKING: ReadonlySet<Field['type']> = new Set(['section', 'explanation', 'group']);

/** Every field of the form, those inside sections and groups included. */
export function allFields(form: Form): Field[] {
  return form.pages.flatMap((page) =>
    page.fields.flatMap((field) => [field, ...((field.fields ?? []) as Field[])]),
  );
}

/** The facts of a prototype; `graph` is its process read from the BPMN (absent if none). */
export function prototypeFacts(
  prototype: Pick<PrototypeContent, 'id' | 'form' | 'tracking'>,
  graph: ProcessGraph | undefined,
): PrototypeFacts {
  const fields = allFields(prototype.form);
  const counterSteps = (graph?.elements ?? [])
    .filter((element) => element.kind === 'task' || element.kind === 'event')
    .filter((element) =>
      [element.name, element.lane, element.notes].some(
        (text) => text !== undefined && IN_PERSON.test(text),
      ),
    )
    .map((element) => element.name.trim() || element.id);
  const finalStatusIds = new Set(
    prototype.tracking.statuses.filter((status) => status.final).map((status) => status.id),
  );
  return {
    prototypeId: prototype.id,
    answerFields: fields.filter((field) => !NOT_ASKING.has(field.type)).length,
    uploadFields: fields.filter((field) => field.type === 'file').length,
    counterSteps: [...new Set(counterSteps)],
    requesterStatuses: prototype.tracking.statuses.filter((status) => status.visibleToRequester)
      .length,
    decisionChannels: [
      ...new Set(
        prototype.tracking.messages
          .filter((message) => finalStatusIds.has(message.statusId))
          .map((message) => message.channel),
      ),
    ],
  };
}

/**
 * The level a prototype's service will reach once in service, and why: a form that asks
 * nothing only informs (1); a web form whose request still needs a visit, a tracking
 * followed elsewhere or a decision sent by post is a web submission (3); otherwise the
 * service is online end to end (4).
 */
export function proposeLevel(facts: PrototypeFacts): LevelProposal {
  if (facts.answerFields === 0) return { level: 1, reasons: [{ code: 'noFormFields' }] };
  const reasons: LevelReason[] = [{ code: 'onlineForm', uploads: facts.uploadFields }];
  let endToEnd = true;
  if (facts.counterSteps.length > 0) {
    reasons.push({ code: 'counterSteps', steps: facts.counterSteps });
    endToEnd = false;
  } else {
    reasons.push({ code: 'noCounterStep' });
  }
  if (facts.requesterStatuses > 0) {
    reasons.push({ code: 'onlineTracking' });
  } else {
    reasons.push({ code: 'noOnlineTracking' });
    endToEnd = false;
  }
  if (facts.decisionChannels.some((channel) => channel !== 'letter')) {
    reasons.push({ code: 'decisionOnline' });
  } else {
    reasons.push({ code: 'decisionNotOnline' });
    endToEnd = false;
  }
  return { level: endToEnd ? 4 : 3, reasons };
}

/** The level of a service designed by several prototypes: online only when every part is. */
export function combinedProposal(proposals: LevelProposal[]): LevelProposal | undefined {
  return proposals.reduce<LevelProposal | undefined>(
    (lowest, proposal) =>
      lowest === undefined || proposal.level < lowest.level ? proposal : lowest,
    undefined,
  );
}
