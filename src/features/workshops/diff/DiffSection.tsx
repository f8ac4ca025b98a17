import type { TFunction } from 'i18next';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { CollectionDiff, PropertyChange } from '../../../domain/versions/collectionDiff';
import { formatValue, propertyName } from '../formatValue';

/** The workshops' strings (`useTranslation('workshops')`). */
export type WorkshopsT = TFunction;

export type DiffLine = {
  key: string;
  text: string;
  changes?: PropertyChange[];
  /** The pilot feedback that led to this change, as typed (shown as text). */
  notes?: string[];
  tone: 'added' | 'removed' | 'changed';
};

/** One part of a diff, with its title; nothing when it has no line. */
export function DiffSection({ title, lines }: { title: string; lines: DiffLine[] }) {
  const { t } = useTranslation('workshops');
  if (lines.length === 0) return null;
  return (
    <section className="diff__section" aria-label={title}>
      <h2>{title}</h2>
      <ul className="diff__list">
        {lines.map((line) => (
          <li key={line.key} className={`diff__line diff__line--${line.tone}`}>
            {line.text}
            {line.changes && line.changes.length > 0 && (
              <ul>
                {line.changes.map((change) => (
                  <li key={change.property}>
                    {t('diff.change', {
                      property: propertyName(change.property, t),
                      before: formatValue(change.before, t),
                      after: formatValue(change.after, t),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {line.notes?.map((note, index) => (
              <p key={index} className="diff__pilot-note">
                {t('diff.pilotNote', { text: note })}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The lines for a list of things that have a name. */
export function collectionLines<T extends { id: string }>(
  diff: CollectionDiff<T>,
  name: (item: T) => string,
  t: WorkshopsT,
  prefix: string,
  notesOf: (item: T) => string[] = () => [],
): DiffLine[] {
  const withNotes = (item: T) => {
    const notes = notesOf(item);
    return notes.length > 0 ? { notes } : {};
  };
  return [
    ...diff.added.map((item) => ({
      key: `${prefix}+${item.id}`,
      tone: 'added' as const,
      text: t('diff.added', { label: name(item) }),
      ...withNotes(item),
    })),
    ...diff.removed.map((item) => ({
      key: `${prefix}-${item.id}`,
      tone: 'removed' as const,
      text: t('diff.removed', { label: name(item) }),
    })),
    ...diff.changed.map(({ after, changes }) => ({
      key: `${prefix}~${after.id}`,
      tone: 'changed' as const,
      text: t('diff.changed', { label: name(after) }),
      changes,
      ...withNotes(after),
    })),
  ];
}

/** A changed property as a line of its own. */
export const propertyLine = (change: PropertyChange, t: WorkshopsT, prefix = ''): DiffLine => ({
  key: `${prefix}${change.property}`,
  tone: 'changed',
  text: propertyName(change.property, t),
  changes: [change],
});
