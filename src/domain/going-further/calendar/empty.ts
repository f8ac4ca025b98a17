import type { Calendar } from './schema';

/** A calendar with no date chosen, pilot then generalisation: what the first edit starts from. */
export const emptyCalendar = (): Calendar => ({
  start: '',
  deadline: '',
  strategy: 'pilot',
  marginDays: 5,
  pilotDays: 20,
  generalisationDays: 10,
  pilotCriteria: {},
  tasks: [],
  milestones: [],
});
