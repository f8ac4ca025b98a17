/**
 * A timer's duration as other BPMN tools read it: `bpmn:timeDuration`, an ISO 8601
 * duration ("P30D"), kept in step with Fabrik's own delay. Fabrik counts the delay in
 * working days (`fabrik:delayDays`); the duration says the same number of days to tools
 * that know nothing of that rule.
 */
import type { ModdleElement } from 'bpmn-moddle';
import { list } from './moddle';

/** "P30D" for 30 days. */
export const durationOfDays = (days: number): string => `P${days}D`;

/**
 * The days of a duration in days or weeks ("P30D", "P4W"), as another tool may have
 * written it; undefined for any other duration (months, hours…), which Fabrik does not count.
 */
export function daysOfDuration(duration: string): number | undefined {
  const match = /^P(?:(\d+(?:[.,]\d+)?)W|(\d+(?:[.,]\d+)?)D)$/.exec(duration.trim());
  if (!match) return undefined;
  const [, weeks, days] = match;
  const value = Number((weeks ?? days ?? '').replace(',', '.'));
  return weeks === undefined ? value : value * 7;
}

/** The timer definitions of an event (none for any other element). */
export const timerDefinitions = (element: ModdleElement): ModdleElement[] =>
  list(element, 'eventDefinitions').filter((definition) =>
    definition.$instanceOf('bpmn:TimerEventDefinition'),
  );

/** The duration a timer event carries in its BPMN, if any. */
export function timerDuration(element: ModdleElement): string | undefined {
  for (const timer of timerDefinitions(element)) {
    const duration = timer.get('timeDuration') as ModdleElement | undefined;
    const body = duration?.get('body');
    if (typeof body === 'string' && body.trim() !== '') return body.trim();
  }
  return undefined;
}
