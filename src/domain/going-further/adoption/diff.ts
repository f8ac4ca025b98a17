import { canonicalJson } from '../../bundle/hash';
import type { Adoption } from './schema';

/** What of the adoption a version comparison details. */
export type AdoptionArea =
  | 'edits'
  | 'profiles'
  | 'participants'
  | 'feedback'
  | 'pilot'
  | 'audiences'
  | 'sessions'
  | 'support'
  | 'evaluation'
  | 'evaluationForm'
  /** Something this list does not detail (yet): said rather than left out. */
  | 'other';

/** One change of the adoption between two versions, named when what changed has a name. */
export interface AdoptionChange {
  area: AdoptionArea;
  kind: 'added' | 'removed' | 'changed';
  name?: string;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Items matched by id: those added, removed and changed, named by `nameOf`. */
function byId<T extends { id: string }>(
  area: AdoptionArea,
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  nameOf: (item: T) => string,
): AdoptionChange[] {
  const old = new Map((before ?? []).map((item) => [item.id, item]));
  const now = new Map((after ?? []).map((item) => [item.id, item]));
  const changes: AdoptionChange[] = [];
  for (const [id, item] of now) {
    const was = old.get(id);
    if (!was) changes.push({ area, kind: 'added', name: nameOf(item) });
    else if (!same(was, item)) changes.push({ area, kind: 'changed', name: nameOf(item) });
  }
  for (const [id, item] of old)
    if (!now.has(id)) changes.push({ area, kind: 'removed', name: nameOf(item) });
  return changes;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text).trim();

/**
 * The adoption's changes between two versions, detailed: the team's rewording (by part),
 * the pilot's profiles, participants and feedback, the communication's audiences, the
 * training sessions, support and evaluation.
 */
export function diffAdoption(
  before: Adoption | undefined,
  after: Adoption | undefined,
): AdoptionChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const edits = byId(
    'edits',
    b.edits?.map((edit) => ({ ...edit, id: edit.key })),
    a.edits?.map((edit) => ({ ...edit, id: edit.key })),
    (edit) => short(edit.text),
  );
  const pilot = [
    ...byId('profiles', b.pilot?.profiles, a.pilot?.profiles, (profile) => profile.name),
    ...byId('participants', b.pilot?.participants, a.pilot?.participants, (person) =>
      'name' in person ? String(person.name) : '',
    ),
    ...byId('feedback', b.pilot?.feedback, a.pilot?.feedback, (item) => short(item.text)),
  ];
  const pilotRest = (pilot?: Adoption['pilot']) =>
    pilot && { support: pilot.support, channels: pilot.channels };
  if (!same(pilotRest(b.pilot), pilotRest(a.pilot))) pilot.push({ area: 'pilot', kind: 'changed' });
  const whole = (area: AdoptionArea, x: unknown, y: unknown): AdoptionChange[] =>
    same(x, y)
      ? []
      : [{ area, kind: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed' }];
  const changes = [
    ...edits,
    ...pilot,
    ...byId('audiences', b.communication?.audiences, a.communication?.audiences, (x) => x.name),
    ...byId('sessions', b.training?.sessions, a.training?.sessions, (x) => x.role),
    ...whole('support', b.support, a.support),
    ...whole('evaluation', b.evaluation, a.evaluation),
    ...whole('evaluationForm', b.evaluationForm, a.evaluationForm),
  ];
  return changes.length === 0 && !same(b, a) ? [{ area: 'other', kind: 'changed' }] : changes;
}
