/** Where each part of the service catalogue lives, inside /services. */
export const serviceCataloguePaths = {
  list: '/',
  priorities: '/priorites',
  import: '/importer',
  entry: (id: string) => `/s/${encodeURIComponent(id)}`,
} as const;
