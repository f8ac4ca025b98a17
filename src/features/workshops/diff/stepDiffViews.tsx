import { trackingTargetKinds } from '../../../domain/versions/answeredFeedback';
import type { ReactNode } from 'react';
import type { StepWithDiff, VersionDiff } from '../../../domain/steps/registry';
import { formatValue } from '../formatValue';
import { DiffSection, collectionLines, propertyLine, type DiffLine } from './DiffSection';
import { GoingFurtherDiff } from './GoingFurtherDiff';
import type { DiffReaders } from './readers';

type StepDiffView = (diff: VersionDiff, read: DiffReaders) => ReactNode;

/** The pilot feedback placed beside a line, when there is any. */
const notesOn = (notes: string[]) => (notes.length > 0 ? { notes } : {});

function processLines(
  diff: VersionDiff,
  { t, withStatusNames, pilotNotes }: DiffReaders,
): DiffLine[] {
  const process = diff.process;
  if (!process.readable)
    return [{ key: 'unreadable', tone: 'changed', text: t('diff.unreadable') }];
  const notes = (id: string) => notesOn(pilotNotes('step', id));
  return [
    ...process.added.map((step) => ({
      key: `+${step.id}`,
      tone: 'added' as const,
      text: t('diff.added', { label: step.name || step.id }),
      ...notes(step.id),
    })),
    ...process.removed.map((step) => ({
      key: `-${step.id}`,
      tone: 'removed' as const,
      text: t('diff.removed', { label: step.name || step.id }),
    })),
    ...process.renamed.map(({ before, after }) => ({
      key: `r${after.id}`,
      tone: 'changed' as const,
      text: t('diff.renamed', {
        before: formatValue(before.name, t),
        after: formatValue(after.name, t),
      }),
      ...notes(after.id),
    })),
    ...process.changed.map(({ after, changes }) => ({
      key: `~${after.id}`,
      tone: 'changed' as const,
      text: t('diff.changed', { label: after.name || after.id }),
      changes: withStatusNames(changes),
      ...notes(after.id),
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
  ];
}

/** The try-out's scenarios, by name: they travel with the process they replay. */
function scenarioLines({ scenarios }: VersionDiff, { t }: DiffReaders): DiffLine[] {
  return [
    ...scenarios.added.map((name, index) => ({
      key: `+${index}`,
      tone: 'added' as const,
      text: t('diff.added', { label: name }),
    })),
    ...scenarios.removed.map((name, index) => ({
      key: `-${index}`,
      tone: 'removed' as const,
      text: t('diff.removed', { label: name }),
    })),
    ...scenarios.changed.map((name, index) => ({
      key: `~${index}`,
      tone: 'changed' as const,
      text: t('diff.changed', { label: name }),
    })),
  ];
}

/**
 * How each step's section of a version diff reads, in the step registry's order. The
 * compiler asks for an entry for every step whose registry entry has a diff.
 */
export const stepDiffViews: Record<StepWithDiff, StepDiffView> = {
  purpose: (diff, { t }) => (
    <>
      <DiffSection
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
      <DiffSection
        title={t('diff.purpose')}
        lines={diff.purpose.map((change) => propertyLine(change, t))}
      />
    </>
  ),
  frame: (diff, { t }) => (
    <DiffSection
      title={t('diff.frame')}
      lines={diff.frame.map((part) => ({
        key: part,
        tone: 'changed' as const,
        text: t(`diff.frameParts.${part}`),
      }))}
    />
  ),
  form: (diff, { t, pilotNotes }) => (
    <>
      <DiffSection
        title={t('diff.pages')}
        lines={collectionLines(diff.pages, (page) => page.title, t, 'page')}
      />
      <DiffSection
        title={t('diff.fields')}
        lines={[
          ...collectionLines(
            diff.fields,
            (field) => field.label || String(field.properties.key ?? field.id),
            t,
            'field',
            (field) => pilotNotes('field', field.id),
          ),
          ...diff.fields.moved.map((field) => ({
            key: `m${field.id}`,
            tone: 'changed' as const,
            text: t('diff.moved', { label: field.label }),
            ...notesOn(pilotNotes('field', field.id)),
          })),
        ]}
      />
    </>
  ),
  process: (diff, read) => (
    <>
      <DiffSection title={read.t('diff.process')} lines={processLines(diff, read)} />
      <DiffSection title={read.t('diff.scenarios')} lines={scenarioLines(diff, read)} />
    </>
  ),
  tracking: (diff, { t, trackingName, readableTracking, pilotNotes }) => (
    <DiffSection
      title={t('diff.tracking')}
      lines={[
        ...diff.tracking.collections.flatMap(({ key, diff: collection }) =>
          collectionLines(
            collection,
            (item) => trackingName(key, item),
            t,
            key,
            (item) => {
              const kind = trackingTargetKinds[key];
              return kind ? pilotNotes(kind, item.id) : [];
            },
          ).map((line) => ({
            ...line,
            text: `${t(`diff.collections.${key}`, { defaultValue: key })} · ${line.text}`,
            ...(line.changes ? { changes: readableTracking(line.changes) } : {}),
          })),
        ),
        ...diff.tracking.settings.map((change) => propertyLine(change, t, 's')),
      ]}
    />
  ),
  exceptions: (diff, { t, readableException }) => (
    <DiffSection
      title={t('diff.exceptions')}
      lines={[
        ...diff.exceptions.added.map((item) => ({
          key: `+${item.id}`,
          tone: 'added' as const,
          text: t('diff.added', { label: item.title }),
        })),
        ...diff.exceptions.resolved.map(({ after: item }) => ({
          key: `r${item.id}`,
          tone: 'changed' as const,
          text: t('diff.resolved', { label: item.title }),
        })),
        ...diff.exceptions.removed.map((item) => ({
          key: `-${item.id}`,
          tone: 'removed' as const,
          text: t('diff.removed', { label: item.title }),
        })),
        ...diff.exceptions.changed.map(({ after: item, changes }) => ({
          key: `~${item.id}`,
          tone: 'changed' as const,
          text: t('diff.changed', { label: item.title }),
          changes: readableException(changes),
        })),
      ]}
    />
  ),
  'going-further': (diff) => (
    <GoingFurtherDiff parts={diff.goingFurther} adoption={diff.adoption} />
  ),
};
