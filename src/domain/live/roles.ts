/**
 * What a share link lets its holder do. The server decides the role from the link's
 * secret, never from what the browser says.
 * viewer: follows live · commenter: also comments, votes and proposes exceptions ·
 * editor: also changes the prototype · owner: the referent who shared it, who also
 * revokes links and ends the sharing.
 */
export const linkRoles = ['viewer', 'commenter', 'editor'] as const;
export type LinkRole = (typeof linkRoles)[number];
export type LiveRole = LinkRole | 'owner';

export function canEditPrototype(role: LiveRole): boolean {
  return role === 'editor' || role === 'owner';
}

export function canComment(role: LiveRole): boolean {
  return role !== 'viewer';
}
