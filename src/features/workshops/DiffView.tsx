import { useTranslation } from 'react-i18next';
import type { PrototypeContent } from '../../domain/prototype/schema';
import type { CollectionDiff, PropertyChange } from '../../domain/versions/collectionDiff';
import { placeholderFields } from '../../domain/tracking/formFields';
import { toTypedTemplate } from '../../domain/tracking/placeholders';
import { isEmptyDiff, type VersionDiff } from '../../domain/versions/diff';
import { formatValue, propertyName } from './formatValue';

interface DiffViewProps {
  diff: VersionDiff;
  before: PrototypeContent;
  after: PrototypeContent;
}

type Line = {
  key: string;
  text: string;
  changes?: PropertyChange[];
  tone: 'added' | 'removed' | 'changed';
};

function Section({ title, lines }: { title: string; lines: Line[] }) {
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
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The lines for a list of things that have a name. */
function collectionLines<T extends { id: string }>(
  diff: CollectionDiff<T>,
  name: (item: T) => string,
  t: ReturnType<typeof useTranslation<'workshops'>>['t'],
  prefix: string,
): Line[] {
  return [
    ...diff.added.map((item) => ({
      key: `${prefix}+${item.id}`,
      tone: 'added' as const,
      text: t('diff.added', { label: name(item) }),
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
    })),
  ];
}

const nameOf = (item: Record<string, unknown> & { id: string }) => {
  for (const key of ['label', 'title', 'name', 'subject']) {
    if (typeof item[key] === 'string' && item[key]) return item[key];
  }
  return item.id;
};

/** What changed between two versions, section by section, in the workshop's words. */
export function DiffView({ diff, before, after }: DiffViewProps) {
  const { t, i18n } = useTranslation('workshops');
  if (isEmptyDiff(diff)) return <p>{t('diff.none')}</p>;
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
  const language = i18n.language.startsWith('en') ? 'en' : 'fr';
  const fields = [...placeholderFields(after), ...placeholderFields(before)];
  const template = (value: unknown) =>
    typeof value === 'string' ? toTypedTemplate(value, fields, language) : value;
  const readableTracking = (changes: PropertyChange[]) =>
    withStatusNames(changes).map((change) =>
      change.property === 'subject' || change.property === 'body'
        ? { ...change, before: template(change.before), after: template(change.after) }
        : change,
    );
  const trackingName = (key: string, item: Record<string, unknown> & { id: string }) => {
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
  };
  const process = diff.process;
  const processLines: Line[] = process.readable
    ? [
        ...process.added.map((step) => ({
          key: `+${step.id}`,
          tone: 'added' as const,
          text: t('diff.added', { label: step.name || step.id }),
        })),
        ...process.removed.map((step) => ({
          key: `-${step.id}`,
          tone: 'removed' as const,
          text: t('diff.removed', { label: step.name || step.id }),
        })),
        ...process.renamed.map(({ before: b, after: a }) => ({
          key: `r${a.id}`,
          tone: 'changed' as const,
          text: t('diff.renamed', {
            before: formatValue(b.name, t),
            after: formatValue(a.name, t),
          }),
        })),
        ...process.changed.map(({ after: a, changes }) => ({
          key: `~${a.id}`,
          tone: 'changed' as const,
          text: t('diff.changed', { label: a.name || a.id }),
          changes: withStatusNames(changes),
        })),
        ...(process.flowsAdded + process.flowsRemoved > 0
          ? [
              {
                key: 'flows',
                tone: 'changed' as const,
                text: t('diff.flows', { added: process.flowsAdded, removed: process.flowsRemoved }),
              },
            ]
          : []),
      ]
    : [{ key: 'unreadable', tone: 'changed', text: t('diff.unreadable') }];
  const exceptionName = (item: { title: string }) => item.title;
  const person = (id: unknown) =>
    [...after.team, ...before.team].find((member) => member.id === id)?.name ?? id;
  const workshop = (id: unknown) =>
    [...after.workshops, ...before.workshops].find((item) => item.id === id)?.title ?? id;
  const exceptionValue: Record<string, (value: unknown) => unknown> = {
    decision: (value) => (value ? t(`exceptions:decision.${String(value)}`) : value),
    status: (value) => (value ? t(`exceptions:status.${String(value)}`) : value),
    frequency: (value) => (value ? t(`exceptions:frequency.${String(value)}`) : value),
    raisedById: person,
    ownerId: person,
    workshopId: workshop,
  };
  const readableException = (changes: PropertyChange[]) =>
    changes.map((change) => {
      const read = exceptionValue[change.property];
      return read ? { ...change, before: read(change.before), after: read(change.after) } : change;
    });

  return (
    <div className="diff">
      <Section
        title={t('diff.name')}
        lines={
          diff.name
            ? [
                {
                  key: 'name',
                  tone: 'changed',
                  text: `${formatValue(diff.name.before, t)} → ${formatValue(diff.name.after, t)}`,
                },
              ]
            : []
        }
      />
      <Section
        title={t('diff.purpose')}
        lines={diff.purpose.map((change) => ({
          key: change.property,
          tone: 'changed',
          text: propertyName(change.property, t),
          changes: [change],
        }))}
      />
      <Section
        title={t('diff.pages')}
        lines={collectionLines(diff.pages, (page) => page.title, t, 'page')}
      />
      <Section
        title={t('diff.fields')}
        lines={[
          ...collectionLines(
            diff.fields,
            (field) => field.label || String(field.properties.key ?? field.id),
            t,
            'field',
          ),
          ...diff.fields.moved.map((field) => ({
            key: `m${field.id}`,
            tone: 'changed' as const,
            text: t('diff.moved', { label: field.label }),
          })),
        ]}
      />
      <Section title={t('diff.process')} lines={processLines} />
      <Section
        title={t('diff.tracking')}
        lines={[
          ...diff.tracking.collections.flatMap(({ key, diff: collection }) =>
            collectionLines(collection, (item) => trackingName(key, item), t, key).map((line) => ({
              ...line,
              text: `${t(`diff.collections.${key}`, { defaultValue: key })} · ${line.text}`,
              ...(line.changes ? { changes: readableTracking(line.changes) } : {}),
            })),
          ),
          ...diff.tracking.settings.map((change) => ({
            key: `s${change.property}`,
            tone: 'changed' as const,
            text: propertyName(change.property, t),
            changes: [change],
          })),
        ]}
      />
      <Section
        title={t('diff.exceptions')}
        lines={[
          ...diff.exceptions.added.map((item) => ({
            key: `+${item.id}`,
            tone: 'added' as const,
            text: t('diff.added', { label: exceptionName(item) }),
          })),
          ...diff.exceptions.resolved.map(({ after: item }) => ({
            key: `r${item.id}`,
            tone: 'changed' as const,
            text: t('diff.resolved', { label: exceptionName(item) }),
          })),
          ...diff.exceptions.removed.map((item) => ({
            key: `-${item.id}`,
            tone: 'removed' as const,
            text: t('diff.removed', { label: exceptionName(item) }),
          })),
          ...diff.exceptions.changed.map(({ after: item, changes }) => ({
            key: `~${item.id}`,
            tone: 'changed' as const,
            text: t('diff.changed', { label: exceptionName(item) }),
            changes: readableException(changes),
          })),
        ]}
      />
    </div>
  );
}
