// Loads TypeScript fixtures (which build prototypes with the app's own domain code)
// through Vite, so that generated data always matches the current schema.
import { createServer } from 'vite';

let server;

export async function loadFixture(path) {
  server ??= await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  return server.ssrLoadModule(path);
}

export async function closeFixtures() {
  await server?.close();
  server = undefined;
}

/**
 * A prototype with 300 short-text fields on one page and a generated 300-element process
 * whose tasks set two statuses in turn (Task_1 the first, Task_2 the second…), as a bundle
 * to import, with the labels of those two statuses.
 */
export async function largeTrackingBundle({ name, optionalFields = false }) {
  const { generatedDiagram } = await import('./process.mjs');
  const { createPrototype } = await loadFixture('/src/domain/prototype/create.ts');
  const { createField } = await loadFixture('/src/domain/form/factory.ts');
  const { bundleToText, writeBundle } = await loadFixture('/src/domain/bundle/writeBundle.ts');
  const { defaultStatusIds } = await loadFixture('/src/domain/tracking/defaults.ts');
  const prototype = createPrototype(name, new Date('2026-11-23T09:00:00Z'));
  const fields = [];
  for (let index = 0; index < 300; index++) {
    const form = { pages: [{ ...prototype.form.pages[0], fields }] };
    const field = createField('shortText', `field-${index}`, form, {
      label: `Question ${index + 1}`,
    });
    fields.push(optionalFields ? { ...field, required: false } : field);
  }
  prototype.form.pages = [{ ...prototype.form.pages[0], fields }];
  const statuses = [defaultStatusIds.checking, defaultStatusIds.examining];
  let task = 0;
  prototype.process.bpmnXml = generatedDiagram().replace(
    /fabrik:delayDays="2"/g,
    (match) => `${match} fabrik:status="${statuses[task++ % 2]}"`,
  );
  const label = (id) => prototype.tracking.statuses.find((status) => status.id === id).label;
  return {
    text: bundleToText(await writeBundle(prototype, { now: new Date(), appVersion: 'bench' })),
    labels: statuses.map(label),
  };
}
