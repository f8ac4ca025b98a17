import { CommandRefusedError, defineCommand } from '../../commands';
import type { Prototype } from '../../prototype/schema';
import { patch, withPart } from '../withPart';
import { emptyCalendar } from './empty';
import type { PilotCriterion } from './lists';
import { taskOf, wouldLoop } from './schedule';
import type { Calendar, CalendarTask, Milestone } from './schema';
import { daysProblem, durationBounds, marginBounds, type DaysBounds } from './validation';

const withCalendar = (prototype: Prototype, change: (calendar: Calendar) => Calendar) =>
  withPart(prototype, 'calendar', emptyCalendar, change);

/** Refuses a number of days out of its bounds: the screen says so where it was typed. */
function checkDays(days: number | undefined, bounds: DaysBounds) {
  if (days !== undefined && daysProblem(String(days), bounds))
    throw new CommandRefusedError('goingFurther-calendar:errors.days', { ...bounds });
}

type Settings = Pick<
  Calendar,
  'start' | 'deadline' | 'strategy' | 'marginDays' | 'pilotDays' | 'generalisationDays'
>;

/** Changes the calendar's days, strategy, margin or phases; typing in one box is one undo step. */
export const setCalendarSettings = defineCommand(
  'setCalendarSettings',
  (prototype, { changes }: { changes: Partial<Settings> }) => {
    checkDays(changes.marginDays, marginBounds);
    checkDays(changes.pilotDays, durationBounds);
    checkDays(changes.generalisationDays, durationBounds);
    return withCalendar(prototype, (calendar) => patch<Calendar>(calendar, changes));
  },
  ({ changes }) => Object.keys(changes).sort().join(','),
);

export const setPilotCriterion = defineCommand(
  'setPilotCriterion',
  (prototype, { criterion, met }: { criterion: PilotCriterion; met: boolean }) =>
    withCalendar(prototype, (calendar) =>
      (calendar.pilotCriteria[criterion] ?? false) === met
        ? calendar
        : { ...calendar, pilotCriteria: { ...calendar.pilotCriteria, [criterion]: met } },
    ),
);

/** Changes one operation's timing, storing it when it had only the default. */
function withTask(
  prototype: Prototype,
  operationId: string,
  change: (task: CalendarTask) => CalendarTask,
): Prototype {
  return withCalendar(prototype, (calendar) => {
    const current = taskOf(calendar, operationId);
    const next = change(current);
    if (next === current) return calendar;
    const index = calendar.tasks.findIndex((task) => task.operationId === operationId);
    return {
      ...calendar,
      tasks: index < 0 ? [...calendar.tasks, next] : calendar.tasks.with(index, next),
    };
  });
}

/** Sets how many working days an operation lasts (1 to MAX_DURATION_DAYS). */
export const setTaskDuration = defineCommand(
  'setTaskDuration',
  (prototype, { operationId, days }: { operationId: string; days: number }) => {
    checkDays(days, durationBounds);
    return withTask(prototype, operationId, (task) => patch(task, { durationDays: days }));
  },
  ({ operationId }) => operationId,
);

export const setTaskDeliverable = defineCommand(
  'setTaskDeliverable',
  (prototype, { operationId, deliverable }: { operationId: string; deliverable: string }) =>
    withTask(prototype, operationId, (task) => patch(task, { deliverable })),
  ({ operationId }) => operationId,
);

/** Makes an operation wait for another; refused when that would close a circle. */
export const addDependency = defineCommand(
  'addDependency',
  (prototype, { operationId, dependencyId }: { operationId: string; dependencyId: string }) => {
    const calendar = prototype.goingFurther?.calendar ?? emptyCalendar();
    if (wouldLoop(calendar, operationId, dependencyId))
      throw new CommandRefusedError('goingFurther-calendar:errors.loop');
    return withTask(prototype, operationId, (task) =>
      task.dependsOn.includes(dependencyId)
        ? task
        : { ...task, dependsOn: [...task.dependsOn, dependencyId] },
    );
  },
);

export const removeDependency = defineCommand(
  'removeDependency',
  (prototype, { operationId, dependencyId }: { operationId: string; dependencyId: string }) =>
    withTask(prototype, operationId, (task) =>
      task.dependsOn.includes(dependencyId)
        ? { ...task, dependsOn: task.dependsOn.filter((id) => id !== dependencyId) }
        : task,
    ),
);

/** Adds a steering-committee review; the caller gives its id so it can focus it. */
export const addMilestone = defineCommand(
  'addMilestone',
  (prototype, { milestone }: { milestone: Milestone }) =>
    withCalendar(prototype, (calendar) => ({
      ...calendar,
      milestones: [...calendar.milestones, milestone],
    })),
);

export const updateMilestone = defineCommand(
  'updateMilestone',
  (prototype, { id, changes }: { id: string; changes: Partial<Omit<Milestone, 'id'>> }) =>
    withCalendar(prototype, (calendar) => {
      const index = calendar.milestones.findIndex((milestone) => milestone.id === id);
      const current = calendar.milestones[index];
      if (!current) return calendar;
      const next = patch<Milestone>(current, changes);
      return next === current
        ? calendar
        : { ...calendar, milestones: calendar.milestones.with(index, next) };
    }),
  ({ id, changes }) => `${id}:${Object.keys(changes).sort().join(',')}`,
);

export const removeMilestone = defineCommand(
  'removeMilestone',
  (prototype, { id }: { id: string }) =>
    withCalendar(prototype, (calendar) =>
      calendar.milestones.some((milestone) => milestone.id === id)
        ? {
            ...calendar,
            milestones: calendar.milestones.filter((milestone) => milestone.id !== id),
          }
        : calendar,
    ),
);
