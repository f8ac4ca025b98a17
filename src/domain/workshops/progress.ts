import { workshopState } from './rules';
import type { Workshop } from './schema';

/** The workshops step is done once a workshop has been held to its end. */
export function isWorkshopsStepDone(workshops: readonly Workshop[]): boolean {
  return workshops.some((workshop) => workshopState(workshop) === 'ended');
}
