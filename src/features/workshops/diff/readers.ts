import type { FeedbackTarget, PilotFeedback } from '../../../domain/going-further/adoption/schema';
import { targetKey } from '../../../domain/versions/answeredFeedback';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import { placeholderFields } from '../../../domain/tracking/formFields';
import { toTypedTemplate } from '../../../domain/tracking/placeholders';
import type { PropertyChange } from '../../../domain/versions/collectionDiff';
import type { WorkshopsT } from './DiffSection';

export const nameOf = (item: Record<string, unknown> & { id: string }) => {
  for (const key of ['label', 'title', 'name', 'subject']) {
    if (typeof item[key] === 'string' && item[key]) return item[key];
  }
  return item.id;
};

/**
 * How a diff reads ids in the team's words: statuses, fields, people and workshops by their
 * names, from either side of the comparison.
 */
export function diffReaders(
  before: PrototypeContent,
  after: PrototypeContent,
  t: WorkshopsT,
  language: 'fr' | 'en',
  /** Answered pilot feedback by the `targetKey` of the changed thing it concerns. */
  beside: ReadonlyMap<string, PilotFeedback[]> = new Map(),
) {
  const statusLabel = (id: unknown) =>
    [...after.tracking.statuses, ...before.tracking.statuses].find((status) => status.id === id)
      ?.label ?? id;
  const withStatusNames = (changes: PropertyChange[]) =>
    changes.map((change) =>
      change.property === 'statusId'
        ? { ...change, before: statusLabel(change.before), after: statusLabel(change.after) }
        : change,
    );
  // Messages refer to statuses and fields by id: the team reads them by their names.
  const fields = [...placeholderFields(after), ...placeholderFields(before)];
  const template = (value: unknown) =>
    typeof value === 'string' ? toTypedTemplate(value, fields, language) : value;
  const person = (id: unknown) =>
    [...after.team, ...before.team].find((member) => member.id === id)?.name ?? id;
  const workshop = (id: unknown) =>
    [...after.workshops, ...before.workshops].find((item) => item.id === id)?.title ?? id;
  return {
    t,
    /** The texts of the pilot feedback that led to a change of this field, step… */
    pilotNotes: (kind: FeedbackTarget['kind'], id: string) =>
      (beside.get(targetKey({ kind, id })) ?? []).map((item) => item.text),
    statusLabel,
    withStatusNames,
    readableTracking: (changes: PropertyChange[]) =>
      withStatusNames(changes).map((change) =>
        change.property === 'subject' || change.property === 'body'
          ? { ...change, before: template(change.before), after: template(change.after) }
          : change,
      ),
    trackingName: (key: string, item: Record<string, unknown> & { id: string }) => {
      if (key !== 'messages') return nameOf(item);
      const subject = String(template(item.subject) ?? '').trim();
      return (
        subject ||
        t('diff.messageFor', {
          channel: t(`trackingPage:channels.${String(item.channel)}`, {
            defaultValue: String(item.channel),
          }),
          status: String(statusLabel(item.statusId)),
        })
      );
    },
    readableException: (changes: PropertyChange[]) => {
      const exceptionValue: Record<string, (value: unknown) => unknown> = {
        decision: (value) => (value ? t(`exceptions:decision.${String(value)}`) : value),
        status: (value) => (value ? t(`exceptions:status.${String(value)}`) : value),
        frequency: (value) => (value ? t(`exceptions:frequency.${String(value)}`) : value),
        raisedById: person,
        ownerId: person,
        workshopId: workshop,
      };
      return changes.map((change) => {
        const read = exceptionValue[change.property];
        return read
          ? { ...change, before: read(change.before), after: read(change.after) }
          : change;
      });
    },
  };
}

export type DiffReaders = ReturnType<typeof diffReaders>;
