import type { PrototypeContent } from '../../prototype/schema';
import type { Translate } from './translate';

/** Where a test case comes from. */
export type CaseSource = 'path' | 'scenario' | 'integration' | 'access';

/** What a case covers beyond a straight line. */
export type Coverage = 'loop' | 'parallel' | 'event';

/** One production test case, in the person's language. */
export interface TestCase {
  /** Stable across regenerations: from what it walks, its scenario, component or role. */
  id: string;
  source: CaseSource;
  title: string;
  covers: Coverage[];
  /** What the tester does, in order. */
  steps: string[];
  /** The data to use: the answers, the choices. */
  data: string[];
  /** The statuses the requester must see, in order. */
  expectedStatuses: string[];
  /** The messages the requester must receive. */
  messages: string[];
  /** The time limits to check, or empty when none applies. */
  timeLimits: string[];
}

/** The statuses, messages and time limits a case expects, from the status ids it goes through. */
export function expectedOf(
  t: Translate,
  content: PrototypeContent,
  statusIds: readonly string[],
  days: number,
): Pick<TestCase, 'expectedStatuses' | 'messages' | 'timeLimits'> {
  const { statuses, messages, commitment } = content.tracking;
  const byId = new Map(statuses.map((status) => [status.id, status]));
  const ordered = statusIds.filter((id, index) => id !== statusIds[index - 1]);
  const timeLimits: string[] = [];
  if (days > 0) timeLimits.push(t('plan.time.steps', { count: days }));
  if (commitment.days !== null) {
    timeLimits.push(t(`plan.time.${commitment.kind}`, { count: commitment.days }));
  }
  for (const id of new Set(ordered)) {
    const status = byId.get(id);
    if (status?.timeLimitDays) {
      timeLimits.push(t('plan.time.status', { status: status.label, count: status.timeLimitDays }));
    }
  }
  return {
    expectedStatuses: ordered.map((id) => byId.get(id)?.label ?? t('plan.removedStatus')),
    messages: [...new Set(ordered)].flatMap((id) =>
      messages
        .filter((message) => message.statusId === id)
        .map((message) =>
          t('plan.message', {
            channel: t(`channels.${message.channel}`),
            subject: message.subject.trim() || byId.get(id)?.label || id,
          }),
        ),
    ),
    timeLimits,
  };
}
