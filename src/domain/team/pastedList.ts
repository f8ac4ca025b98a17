import { participantRoles, type Participant, type ParticipantRole } from './schema';
import { isSamePerson } from './rules';

/** A person read from a pasted line, before they get an id. */
export type PastedPerson = Omit<Participant, 'id'>;

export type PastedLineProblem =
  | { line: number; kind: 'no-name' }
  | { line: number; kind: 'unknown-role'; role: string }
  | { line: number; kind: 'already-in-team'; name: string };

export interface PastedList {
  people: PastedPerson[];
  problems: PastedLineProblem[];
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

/**
 * Reads a list of people pasted from an e-mail or a spreadsheet: one per line,
 * « Nom ; Service ; Rôle » (semicolons, tabs or commas between the parts; service and role
 * may be left out). A role is recognised by its id or by one of `roleNames` (the role's
 * label in each language); an unknown one becomes « Autre » and is said. A person already
 * in the team, or twice in the list, is left out and said.
 */
export function readPastedPeople(
  text: string,
  team: readonly Participant[],
  roleNames: Record<ParticipantRole, readonly string[]>,
): PastedList {
  const people: PastedPerson[] = [];
  const problems: PastedLineProblem[] = [];
  const roleOf = new Map<string, ParticipantRole>();
  for (const role of participantRoles) {
    for (const name of [role, ...roleNames[role]]) roleOf.set(fold(name), role);
  }
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const separator = raw.includes(';') ? ';' : raw.includes('\t') ? '\t' : ',';
    const [name = '', service = '', roleText = ''] = raw
      .split(separator)
      .map((part) => part.trim());
    if (name === '') {
      problems.push({ line, kind: 'no-name' });
      return;
    }
    let role: ParticipantRole = 'other';
    if (roleText !== '') {
      const known = roleOf.get(fold(roleText));
      if (known) role = known;
      else problems.push({ line, kind: 'unknown-role', role: roleText });
    }
    const person = { name, service, role };
    if ([...team, ...people].some((other) => isSamePerson(other, person))) {
      problems.push({ line, kind: 'already-in-team', name });
      return;
    }
    people.push(person);
  });
  return { people, problems };
}
