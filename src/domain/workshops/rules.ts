import type { Workshop } from './schema';

/** A prototype is designed in at most three workshops (DESIGN.md); more is allowed, with a warning. */
export const MAX_WORKSHOPS = 3;
/** Each workshop lasts two hours unless the team decides otherwise. */
export const DEFAULT_WORKSHOP_MINUTES = 120;

export type WorkshopState = 'planned' | 'running' | 'ended';

export function workshopState(workshop: Workshop): WorkshopState {
  if (workshop.endedAt) return 'ended';
  return workshop.startedAt ? 'running' : 'planned';
}

export function runningWorkshop(workshops: readonly Workshop[]): Workshop | undefined {
  return workshops.find((workshop) => workshopState(workshop) === 'running');
}

export function plannedMinutes(workshop: Workshop): number {
  return workshop.agenda.reduce((total, item) => total + item.minutes, 0);
}

/** Whether the agenda asks for more time than the workshop has. */
export function isAgendaTooLong(workshop: Workshop): boolean {
  return plannedMinutes(workshop) > workshop.durationMinutes;
}

export function tooManyWorkshops(workshops: readonly Workshop[]): boolean {
  return workshops.length > MAX_WORKSHOPS;
}
