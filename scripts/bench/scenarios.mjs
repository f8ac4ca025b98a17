// Scenarios: replaying 20 saved scenarios on a 300-field, 60-element prototype, and working
// out what they cover, as the try-out does when it opens (measured by the app's own
// performance measures around the pure functions, in the built app). Measured, not asserted.
import { closeFixtures, loadFixture } from './_fixtures.mjs';
import { freshPage, importAndOpen, repeat } from './_helpers.mjs';
import { generatedDiagram } from './process.mjs';

const replayedMeasure = 'fabrik:scenarios-replayed';
const coverageMeasure = 'fabrik:scenario-coverage';

/**
 * A prototype of 300 short-text fields and a 60-element process (start, 58 tasks setting two
 * statuses in turn, end), with 20 scenarios played on it through the try-out's own walker:
 * each answers every field and goes a little further along the process than the one before.
 */
async function scenariosBundle() {
  const { createPrototype } = await loadFixture('/src/domain/prototype/create.ts');
  const { createField } = await loadFixture('/src/domain/form/factory.ts');
  const { bundleToText, writeBundle } = await loadFixture('/src/domain/bundle/writeBundle.ts');
  const { defaultStatusIds } = await loadFixture('/src/domain/tracking/defaults.ts');
  const { readProcessGraph } = await loadFixture('/src/domain/process/readGraph.ts');
  const { completeStep, startRun } = await loadFixture('/src/domain/tryout/run.ts');
  const { scenarioFromRun } = await loadFixture('/src/domain/scenarios/record.ts');

  const prototype = createPrototype('Scénarios sur 300 champs', new Date('2026-11-23T09:00:00Z'));
  const fields = [];
  for (let index = 0; index < 300; index++) {
    const form = { pages: [{ ...prototype.form.pages[0], fields }] };
    fields.push(
      createField('shortText', `field-${index}`, form, { label: `Question ${index + 1}` }),
    );
  }
  prototype.form.pages = [{ ...prototype.form.pages[0], fields }];
  const statuses = [defaultStatusIds.checking, defaultStatusIds.examining];
  let task = 0;
  prototype.process.bpmnXml = generatedDiagram(58).replace(
    /fabrik:delayDays="2"/g,
    (match) => `${match} fabrik:status="${statuses[task++ % 2]}"`,
  );
  const read = await readProcessGraph(prototype.process.bpmnXml);
  if (!read.ok) throw new Error(read.error);
  const answers = Object.fromEntries(fields.map((field, index) => [field.id, `Réponse ${index}`]));
  prototype.scenarios = Array.from({ length: 20 }, (_, index) => {
    let run = startRun(read.graph);
    for (let step = 0; step < 3 * (index + 1) - 2; step++) {
      run = completeStep(read.graph, run, run.tokens[0].id);
    }
    return scenarioFromRun(
      { form: prototype.form, answers, run },
      { id: `scenario-${index}`, name: `Cas ${index + 1}`, savedAt: '2026-11-23T10:00:00.000Z' },
    );
  });
  return bundleToText(await writeBundle(prototype, { now: new Date(), appVersion: 'bench' }));
}

/** Opens the try-out and returns the duration of the latest entry of each measure. */
async function openAndMeasure(page, purposeUrl) {
  await page.goto(purposeUrl);
  await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Étapes du prototype' })
    .getByRole('link', { name: 'Essayer l’e-service' })
    .click();
  await page.getByText('20 sur 20 réussissent').waitFor();
  const names = [replayedMeasure, coverageMeasure];
  await page.waitForFunction(
    (wanted) => wanted.every((name) => performance.getEntriesByName(name).length > 0),
    names,
  );
  return page.evaluate(
    (wanted) => wanted.map((name) => performance.getEntriesByName(name).at(-1).duration),
    names,
  );
}

export default {
  name: 'scenarios',
  async run({ browser, baseUrl, runs, median }) {
    const text = await scenariosBundle();
    await closeFixtures();
    const { context, page } = await freshPage(browser);
    const purposeUrl = await importAndOpen(page, baseUrl, {
      fileName: 'scenarios.fabrik.json',
      text,
    });
    const coverage = [];
    const replay = await repeat(runs, median, async () => {
      const [replayed, covered] = await openAndMeasure(page, purposeUrl);
      coverage.push(covered);
      return replayed;
    });
    await context.close();
    return [
      {
        measure: 'replay 20 scenarios, 300 fields, 60-element process',
        unit: 'ms',
        target: '< 200 ms',
        ...replay,
      },
      {
        measure: 'coverage of 20 scenarios (paths and conditions), same prototype',
        unit: 'ms',
        ...{ median: median(coverage), samples: coverage },
      },
    ];
  },
};
