/**
 * `<name>[-<what>]-<date>.fabrik.json`: `what` names the kind of file (« soumission-2 »,
 * « v2-verifie »…) in the interface's words, so that a plain export is never sent for a
 * submission by mistake. The name is safe on every file system.
 */
export function bundleFileName(name: string, now: Date, what?: string): string {
  const slug = (text: string, max: number) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '');
  const kind = what ? slug(what, 30) : '';
  return `${slug(name, 60) || 'prototype'}${kind ? `-${kind}` : ''}-${now.toISOString().slice(0, 10)}.fabrik.json`;
}
