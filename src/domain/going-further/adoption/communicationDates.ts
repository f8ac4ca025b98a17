import type { Calendar } from '../calendar/schema';
import { scheduleDeployment } from '../calendar/schedule';
import { workingDayCounter } from '../calendar/workingCalendar';
import type { Operation } from '../operations/schema';
import type { Audience } from './schema';

/** How many working days before the pilot the people inside hear of it. */
export const INTERNAL_LEAD_DAYS = 5;

/**
 * The days of the deployment calendar the communication plan is aligned on: the internal
 * communication before the pilot (before going live, big bang), the launch communication on
 * the first day of the open phase (the generalisation; big bang, the day after the operations).
 */
export interface CommunicationMoments {
  /** The day the internal communication is proposed on. */
  internal: string;
  /** The first day of the pilot (big bang: of the service in use). */
  pilotStart: string;
  /** The first day of the open phase: the launch communication. */
  open: string;
}

/** The calendar's moments, or nothing while the calendar has no start day. */
export function communicationMoments(
  operations: readonly Operation[],
  calendar: Calendar | undefined,
): CommunicationMoments | undefined {
  if (!calendar?.start) return undefined;
  const schedule = scheduleDeployment(operations, calendar, '');
  const dayOf = workingDayCounter(calendar.start);
  const afterOperations =
    Math.max(-1, ...schedule.operations.map(({ span }) => span?.endOffset ?? -1)) + 1;
  const phase = (kind: 'pilot' | 'generalisation') =>
    schedule.phases.find((each) => each.kind === kind)?.startOffset;
  const pilotStart = phase('pilot') ?? afterOperations;
  const open = phase('generalisation') ?? afterOperations;
  return {
    internal: dayOf(Math.max(0, pilotStart - INTERNAL_LEAD_DAYS)),
    pilotStart: dayOf(pilotStart),
    open: dayOf(open),
  };
}

/** Why a date the team chose does not hold with the calendar. */
export type AudienceDateProblem =
  /** Inside the organisation, heard of once the pilot (or the service) has started. */
  | 'internal-after-pilot'
  /** Outside, told of a service before it opens to all. */
  | 'external-before-open';

/** An audience's date as the plan shows it. */
export interface AudienceDate {
  /** The day, `YYYY-MM-DD`, or empty when there is neither a date nor a calendar. */
  day: string;
  /** Proposed from the calendar, the team having chosen none. */
  proposed: boolean;
  /** What the calendar proposes, when it can. */
  proposal?: string;
  problem?: AudienceDateProblem;
}

/**
 * The day an audience is told: the team's when they chose one (checked against the calendar),
 * else the calendar's proposal for its scope.
 */
export function audienceDate(
  audience: Pick<Audience, 'scope' | 'date'>,
  moments: CommunicationMoments | undefined,
): AudienceDate {
  const proposal = moments && (audience.scope === 'internal' ? moments.internal : moments.open);
  if (audience.date === '') {
    return proposal ? { day: proposal, proposed: true, proposal } : { day: '', proposed: false };
  }
  const chosen: AudienceDate = {
    day: audience.date,
    proposed: false,
    ...(proposal && { proposal }),
  };
  if (!moments) return chosen;
  if (audience.scope === 'internal' && audience.date >= moments.pilotStart)
    return { ...chosen, problem: 'internal-after-pilot' };
  if (audience.scope === 'external' && audience.date < moments.open)
    return { ...chosen, problem: 'external-before-open' };
  return chosen;
}
