/**
 * Whether a process role is the requester's: the person who asks, not someone who deploys.
 * The default diagram's first lane is « Demandeur »; a team may call it « Usager » or, in
 * English, « Requester » or « Applicant ». Read from the name alone, as the diagram says no
 * more of who a lane stands for.
 */
const requesterNames = new Set([
  'demandeur',
  'demandeurs',
  'demandeuse',
  'usager',
  'usagers',
  'usagere',
  'requester',
  'requesters',
  'applicant',
  'applicants',
]);

export function isRequesterRole(role: string): boolean {
  const name = role
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/^(le|la|l'|l’|les|the)\s*/, '');
  return requesterNames.has(name);
}
