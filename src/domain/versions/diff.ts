import { allFields } from '../form/fields';
import type { Form } from '../form/schema';
import { isRecord } from '../json';
import type { ProcessGraph } from '../process/graph';
import { readProcessGraph } from '../process/readGraph';
import type { PrototypeException } from '../exceptions/schema';
import type { PrototypeContent } from '../prototype/schema';
import { steps, type VersionDiff } from '../steps/registry';
import {
  diffCollection,
  diffValues,
  isEmptyCollectionDiff,
  propertyChanges,
  type Changed,
  type CollectionDiff,
  type PropertyChange,
} from './collectionDiff';
import type {
  ExceptionsDiff,
  ExceptionsDiffSection,
  FieldEntry,
  FormDiffSection,
  ProcessDiff,
  ProcessDiffSection,
  PurposeDiffSection,
  TrackingCollectionDiff,
  TrackingDiffSection,
} from './diffSections';

export type * from './diffSections';
export type { VersionDiff } from '../steps/registry';

const isIdentifiedList = (value: unknown): value is (Record<string, unknown> & { id: string })[] =>
  Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.id === 'string');

function fieldEntries(form: Form): FieldEntry[] {
  const located = allFields(form);
  const ids = new Set(located.map(({ field }) => field.id));
  const holdsListedFields = (value: unknown) =>
    Array.isArray(value) && value.some((item) => isRecord(item) && ids.has(item.id as string));
  const labels = new Map(located.map(({ field }) => [field.id, field.label]));
  return located.map(({ field, pageId, pageIndex, parentId }) => ({
    id: field.id,
    label: field.label,
    pageId,
    pageTitle: form.pages[pageIndex]?.title ?? '',
    ...(parentId ? { parentId, parentLabel: labels.get(parentId) ?? '' } : {}),
    properties: Object.fromEntries(
      Object.entries(field).filter(([, value]) => !holdsListedFields(value)),
    ),
  }));
}

function diffFields(before: Form, after: Form): CollectionDiff<FieldEntry> {
  const comparable = (entry: FieldEntry) => ({
    id: entry.id,
    page: entry.pageId,
    parent: entry.parentId,
    properties: entry.properties,
  });
  const left = fieldEntries(before);
  const right = fieldEntries(after);
  const raw = diffCollection(left.map(comparable), right.map(comparable));
  const leftById = new Map(left.map((entry) => [entry.id, entry]));
  const rightById = new Map(right.map((entry) => [entry.id, entry]));
  const pick = (map: Map<string, FieldEntry>) => (item: { id: string }) =>
    map.get(item.id) as FieldEntry;
  return {
    added: raw.added.map(pick(rightById)),
    removed: raw.removed.map(pick(leftById)),
    moved: raw.moved.map(pick(rightById)),
    changed: raw.changed.map(({ before: b, after: a }) => {
      const previous = pick(leftById)(b);
      const next = pick(rightById)(a);
      const changes = propertyChanges(previous.properties, next.properties);
      if (previous.pageId !== next.pageId) {
        changes.push({ property: 'page', before: previous.pageTitle, after: next.pageTitle });
      }
      if (previous.parentId !== next.parentId) {
        changes.push({
          property: 'container',
          before: previous.parentLabel,
          after: next.parentLabel,
        });
      }
      return { before: previous, after: next, changes };
    }),
  };
}

type GraphRead = { ok: true; graph: ProcessGraph } | { ok: false };

async function graphOf(xml: string): Promise<GraphRead> {
  if (xml.trim() === '') return { ok: true, graph: { elements: [], flows: [] } };
  const read = await readProcessGraph(xml);
  return read.ok ? { ok: true, graph: read.graph } : { ok: false };
}

async function diffProcess(before: string, after: string): Promise<ProcessDiff> {
  const [left, right] = await Promise.all([graphOf(before), graphOf(after)]);
  if (!left.ok || !right.ok) {
    return {
      readable: false,
      unreadable: [
        ...(left.ok ? [] : ['before' as const]),
        ...(right.ok ? [] : ['after' as const]),
      ],
    };
  }
  const steps = (graph: ProcessGraph) =>
    graph.elements.filter((element) => element.kind !== 'other');
  const elements = diffCollection(steps(left.graph), steps(right.graph));
  const flows = diffCollection(left.graph.flows, right.graph.flows);
  const renamed = elements.changed.filter(({ changes }) =>
    changes.some((change) => change.property === 'name'),
  );
  const changed = elements.changed
    .map((entry) => ({ ...entry, changes: entry.changes.filter((c) => c.property !== 'name') }))
    .filter(({ changes }) => changes.length > 0);
  return {
    readable: true,
    added: elements.added,
    removed: elements.removed,
    renamed: renamed.map((entry) => ({
      ...entry,
      changes: entry.changes.filter((change) => change.property === 'name'),
    })),
    changed,
    flowsAdded: flows.added.length,
    flowsRemoved: flows.removed.length,
  };
}

/** Lists kept in tracking are compared by id; its other settings property by property. */
function diffTracking(before: Record<string, unknown>, after: Record<string, unknown>) {
  const collections: TrackingCollectionDiff[] = [];
  const settings: PropertyChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const left = before[key];
    const right = after[key];
    if (isIdentifiedList(left ?? []) && isIdentifiedList(right ?? [])) {
      const diff = diffCollection(
        (left ?? []) as (Record<string, unknown> & { id: string })[],
        (right ?? []) as (Record<string, unknown> & { id: string })[],
      );
      if (!isEmptyCollectionDiff(diff)) collections.push({ key, diff });
    } else if (isRecord(left) && isRecord(right)) {
      for (const change of propertyChanges(left, right)) {
        settings.push({ ...change, property: `${key}.${change.property}` });
      }
    } else if (diffValues(left, right) !== undefined) {
      settings.push({ property: key, before: left, after: right });
    }
  }
  return { collections, settings };
}

function diffExceptions(
  before: readonly PrototypeException[],
  after: readonly PrototypeException[],
): ExceptionsDiff {
  const diff = diffCollection(before, after);
  const isResolved = ({ before: b, after: a }: Changed<PrototypeException>) =>
    b.status !== 'resolved' && a.status === 'resolved';
  return {
    added: diff.added,
    removed: diff.removed,
    resolved: diff.changed.filter(isResolved),
    changed: diff.changed.filter((entry) => !isResolved(entry)),
  };
}

/* Each step's section, as the step registry calls it (loaded on demand: it reads BPMN). */

export function diffPurpose(before: PrototypeContent, after: PrototypeContent): PurposeDiffSection {
  return {
    ...(before.name !== after.name
      ? { name: { property: 'name', before: before.name, after: after.name } }
      : {}),
    purpose: propertyChanges(before.purpose, after.purpose),
  };
}

export function diffForm(before: PrototypeContent, after: PrototypeContent): FormDiffSection {
  return {
    pages: diffCollection(
      before.form.pages.map(({ id, title }) => ({ id, title })),
      after.form.pages.map(({ id, title }) => ({ id, title })),
    ),
    fields: diffFields(before.form, after.form),
  };
}

export async function diffProcessStep(
  before: PrototypeContent,
  after: PrototypeContent,
): Promise<ProcessDiffSection> {
  return { process: await diffProcess(before.process.bpmnXml, after.process.bpmnXml) };
}

export function diffTrackingStep(
  before: PrototypeContent,
  after: PrototypeContent,
): TrackingDiffSection {
  return { tracking: diffTracking(before.tracking, after.tracking) };
}

export function diffExceptionsStep(
  before: PrototypeContent,
  after: PrototypeContent,
): ExceptionsDiffSection {
  return { exceptions: diffExceptions(before.exceptions, after.exceptions) };
}

/**
 * Compares two contents of a prototype (two versions, or a version and the current one):
 * every step that has a diff section adds its own, in step order.
 */
export async function diffContents(
  before: PrototypeContent,
  after: PrototypeContent,
): Promise<VersionDiff> {
  const sections = await Promise.all(steps.map((step) => step.diff?.compare(before, after)));
  return Object.assign({}, ...sections) as VersionDiff;
}

export function isEmptyDiff(diff: VersionDiff): boolean {
  return steps.every((step) => !step.diff || step.diff.isEmpty(diff));
}
