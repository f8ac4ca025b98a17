import type { ProcessElement, ProcessFlow, ProcessGraph } from '../../process/graph';
import type { MessageChannel, Tracking } from '../../tracking/schema';
import {
  indexFlows,
  isRoleStep,
  nearest,
  processRoleNames,
  stepsOfRole,
  type FlowIndex,
} from './roleSteps';

/** A message the requester receives when a status is reached. */
export interface GuideMessage {
  id: string;
  channel: MessageChannel;
  /** Subject as stored (placeholders by id): the document shows it by name. */
  subject: string;
}

/** A status as the requester sees it, with the messages it sends. */
export interface GuideStatus {
  id: string;
  /** Its label; its id when the status no longer exists (`unknown`). */
  label: string;
  explanation: string;
  visibleToRequester: boolean;
  /** The step points at a status the tracking step no longer has. */
  unknown: boolean;
  messages: GuideMessage[];
}

/** Another step met along the flows, and the named way it was met through. */
export interface GuideNeighbour {
  id: string;
  name: string;
  via?: string;
}

/** One way out of a decision, and what the requester then sees. */
export interface GuideWay {
  flowId: string;
  /** The flow's name, else the name of what it leads to. */
  label: string;
  /** The next steps (or ends) along this way. */
  next: GuideNeighbour[];
  /** The statuses reached next along this way. */
  statuses: GuideStatus[];
}

export interface GuideStep {
  id: string;
  name: string;
  kind: ProcessElement['kind'];
  /** Time limit in working days, when the process gives one. */
  delayDays?: number;
  /** What to check: the step's notes in the diagram. */
  check?: string;
  /** What arrives: the steps or events just before. */
  arrivesFrom: GuideNeighbour[];
  /** What the requester sees while this step is done. */
  status?: GuideStatus;
  /**
   * What to decide: the question and its ways out, when the step leads to a choice
   * (`choice`), or to a wait where what happens first decides (`event`).
   */
  decision?: { kind: 'choice' | 'event'; question: string; ways: GuideWay[] };
  /** What follows, when there is nothing to decide. */
  next: GuideNeighbour[];
}

/** The training guide of one role: its steps and nothing from the others. */
export interface RoleGuide {
  role: string;
  steps: GuideStep[];
}

const nameOf = (element: ProcessElement) => element.name.trim() || element.id;

function statusOf(tracking: Tracking, statusId: string): GuideStatus {
  const status = tracking.statuses.find((candidate) => candidate.id === statusId);
  const messages = tracking.messages
    .filter((message) => message.statusId === statusId)
    .map(({ id, channel, subject }) => ({ id, channel, subject }));
  if (!status) {
    return {
      id: statusId,
      label: statusId,
      explanation: '',
      visibleToRequester: false,
      unknown: true,
      messages,
    };
  }
  return {
    id: status.id,
    label: status.label.trim() || status.id,
    explanation: status.explanation,
    visibleToRequester: status.visibleToRequester,
    unknown: false,
    messages,
  };
}

const isStepOrEnd = (element: ProcessElement) => isRoleStep(element) || element.kind === 'end';
const isMilestone = (element: ProcessElement) =>
  element.kind === 'task' || element.kind === 'start' || element.kind === 'event';
const setsStatus = (element: ProcessElement) =>
  element.statusId !== undefined || element.kind === 'end';

function neighbour({ element, via }: { element: ProcessElement; via?: string }): GuideNeighbour {
  return via === undefined
    ? { id: element.id, name: nameOf(element) }
    : { id: element.id, name: nameOf(element), via };
}

function way(index: FlowIndex, tracking: Tracking, flow: ProcessFlow): GuideWay {
  const target = index.byId.get(flow.targetId);
  const next = nearest(index, [{ ...flow, name: '' }], 'forward', isStepOrEnd).map(neighbour);
  const statuses = nearest(index, [flow], 'forward', setsStatus)
    .flatMap(({ element }) => (element.statusId ? [element.statusId] : []))
    .filter((id, position, all) => all.indexOf(id) === position)
    .map((id) => statusOf(tracking, id));
  return {
    flowId: flow.id,
    label: flow.name.trim() || (target ? nameOf(target) : flow.targetId),
    next,
    statuses,
  };
}

/** The choice a step leads to: its own ways out, or those of the gateway right after it. */
function decisionAfter(
  index: FlowIndex,
  element: ProcessElement,
): { kind: 'choice' | 'event'; question: string; flows: ProcessFlow[] } | undefined {
  const leaving = index.outgoing.get(element.id) ?? [];
  if (leaving.length > 1) return { kind: 'choice', question: '', flows: leaving };
  const [only] = leaving;
  const gateway = only ? index.byId.get(only.targetId) : undefined;
  if (!gateway || gateway.kind !== 'gateway') return undefined;
  const ways = index.outgoing.get(gateway.id) ?? [];
  if (ways.length < 2) return undefined;
  const kind = gateway.type === 'bpmn:EventBasedGateway' ? 'event' : 'choice';
  return { kind, question: gateway.name.trim(), flows: ways };
}

function guideStep(index: FlowIndex, tracking: Tracking, element: ProcessElement): GuideStep {
  const step: GuideStep = {
    id: element.id,
    name: nameOf(element),
    kind: element.kind,
    arrivesFrom: nearest(index, index.incoming.get(element.id) ?? [], 'backward', isMilestone).map(
      neighbour,
    ),
    next: [],
  };
  if (element.delayDays !== undefined) step.delayDays = element.delayDays;
  if (element.notes) step.check = element.notes;
  if (element.statusId) step.status = statusOf(tracking, element.statusId);
  const decision = decisionAfter(index, element);
  if (decision) {
    step.decision = {
      kind: decision.kind,
      question: decision.question,
      ways: decision.flows.map((flow) => way(index, tracking, flow)),
    };
  } else {
    step.next = nearest(
      index,
      (index.outgoing.get(element.id) ?? []).map((flow) => ({ ...flow, name: '' })),
      'forward',
      isStepOrEnd,
    ).map(neighbour);
  }
  return step;
}

/** The training guide of one role, drafted from the steps the process gives it. */
export function roleGuide(graph: ProcessGraph, tracking: Tracking, role: string): RoleGuide {
  const index = indexFlows(graph);
  return {
    role,
    steps: stepsOfRole(graph, role).map((element) => guideStep(index, tracking, element)),
  };
}

/** One guide per role of the process, declared roles with no step included (and empty). */
export function roleGuides(
  graph: ProcessGraph,
  tracking: Tracking,
  declaredRoles: readonly string[] = [],
): RoleGuide[] {
  return processRoleNames(graph, declaredRoles).map((role) => roleGuide(graph, tracking, role));
}
