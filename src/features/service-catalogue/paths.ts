/** Where each part of the service catalogue lives, inside /services. */
export const serviceCataloguePaths = {
  list: '/',
  lifeEvents: '/evenements-de-vie',
  priorities: '/priorites',
  import: '/importer',
  roadmap: '/feuille-de-route',
  dashboard: '/tableau-de-bord',
  systems: '/systemes',
  workflows: '/processus-types',
  entry: (id: string) => `/s/${encodeURIComponent(id)}`,
} as const;
