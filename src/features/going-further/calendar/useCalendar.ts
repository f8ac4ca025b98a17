import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { emptyCalendar } from '../../../domain/going-further/calendar/empty';
import { scheduleDeployment, type Schedule } from '../../../domain/going-further/calendar/schedule';
import type { Calendar } from '../../../domain/going-further/calendar/schema';
import type { Operation } from '../../../domain/going-further/operations/schema';
import { useEditorStore } from '../../../state/editorStore';

// Constant fallbacks: a selector must return the same object while nothing changed.
const noCalendar = emptyCalendar();
const noOperations: Operation[] = [];

export interface CalendarState {
  operations: readonly Operation[];
  calendar: Calendar;
  schedule: Schedule;
}

/** The open prototype's calendar, placed in working days as it changes. */
export function useCalendar(): CalendarState {
  const { t } = useTranslation('goingFurther-calendar');
  const calendar = useEditorStore((state) => state.prototype?.goingFurther?.calendar ?? noCalendar);
  const operations = useEditorStore(
    (state) => state.prototype?.goingFurther?.operations?.operations ?? noOperations,
  );
  const pilotReview = t('milestones.pilotReview');
  const schedule = useMemo(
    () => scheduleDeployment(operations, calendar, pilotReview),
    [operations, calendar, pilotReview],
  );
  return { operations, calendar, schedule };
}
