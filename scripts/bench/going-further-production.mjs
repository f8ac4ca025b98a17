// Going live: on an approved prototype of 300 fields and a 60-element process (six two-way
// choices, so 64 paths), drawing up the production test plan (from the click until its
// cases and its export buttons are on screen) and exporting the plan as DOCX (from the click
// until the browser hands over the file).
/* global document, window, MutationObserver, requestAnimationFrame -- used inside the page */
import { closeFixtures, loadFixture } from './_fixtures.mjs';
import { freshPage, importAndOpen } from './_helpers.mjs';

const CHOICES = 6;
const TASKS = 60 - 2 - CHOICES * 4;

/** A 60-element process: start, six choices between two tasks (split, two tasks, join), tasks, end. */
function branchingDiagram() {
  const elements = ['<bpmn:startEvent id="Start" name="Demande déposée" />'];
  const flows = [];
  let previous = 'Start';
  const flow = (source, target, name = '') =>
    flows.push(
      `<bpmn:sequenceFlow id="Flow_${flows.length}" sourceRef="${source}" targetRef="${target}"${name ? ` name="${name}"` : ''} />`,
    );
  for (let index = 1; index <= CHOICES; index++) {
    elements.push(
      `<bpmn:exclusiveGateway id="Split_${index}" name="Choix ${index}" />`,
      `<bpmn:userTask id="Yes_${index}" name="Oui ${index}" fabrik:role="Agent instructeur" fabrik:delayDays="2" />`,
      `<bpmn:userTask id="No_${index}" name="Non ${index}" fabrik:role="Responsable" fabrik:delayDays="3" />`,
      `<bpmn:exclusiveGateway id="Join_${index}" />`,
    );
    flow(previous, `Split_${index}`);
    flow(`Split_${index}`, `Yes_${index}`, 'Oui');
    flow(`Split_${index}`, `No_${index}`, 'Non');
    flow(`Yes_${index}`, `Join_${index}`);
    flow(`No_${index}`, `Join_${index}`);
    previous = `Join_${index}`;
  }
  for (let index = 1; index <= TASKS; index++) {
    elements.push(
      `<bpmn:userTask id="Task_${index}" name="Étape ${index}" fabrik:role="Agent instructeur" fabrik:delayDays="1" />`,
    );
    flow(previous, `Task_${index}`);
    previous = `Task_${index}`;
  }
  elements.push('<bpmn:endEvent id="End" name="Terminé" />');
  flow(previous, 'End');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:fabrik="urn:fabrik:bpmn:1.0" id="Definitions_Bench" targetNamespace="http://bpmn.io/schema/bpmn">
<bpmn:process id="Process_Bench" isExecutable="false">
${elements.join('\n')}
${flows.join('\n')}
</bpmn:process>
</bpmn:definitions>
`;
}

/** The prototype, submitted, verified and approved, as the approved file. */
async function approvedBundle() {
  const { createPrototype } = await loadFixture('/src/domain/prototype/create.ts');
  const { createField } = await loadFixture('/src/domain/form/factory.ts');
  const { bundleToText, writeBundle } = await loadFixture('/src/domain/bundle/writeBundle.ts');
  const { generateSigningKeyPair } = await loadFixture('/src/domain/review/keys.ts');
  const { createSignoff } = await loadFixture('/src/domain/review/sign.ts');
  const { stepHashesOf } = await loadFixture('/src/domain/review/stepHashes.ts');
  const at = new Date('2026-11-23T09:00:00Z');
  const prototype = createPrototype('Mise en production de 300 champs', at);
  const fields = [];
  for (let index = 0; index < 300; index++) {
    const form = { pages: [{ ...prototype.form.pages[0], fields }] };
    fields.push(
      createField(index % 30 === 0 ? 'file' : 'shortText', `field-${index}`, form, {
        label: `Question ${index + 1}`,
      }),
    );
  }
  prototype.form.pages = [{ ...prototype.form.pages[0], fields }];
  prototype.process.bpmnXml = branchingDiagram();
  prototype.process.roles = ['Agent instructeur', 'Responsable'];
  let bundle = await writeBundle(prototype, {
    now: at,
    appVersion: 'bench',
    version: { id: 'v1', number: 1, name: 'Soumission', createdAt: at.toISOString() },
    submission: { by: 'Awa Diallo', at: at.toISOString(), declarations: [] },
  });
  const stepHashes = await stepHashesOf(bundle.prototype);
  for (const [role, name, decision] of [
    ['verifier', 'Bruno Martin', 'verified'],
    ['approver', 'Chloé Bernard', 'approved'],
  ]) {
    const signoff = await createSignoff(
      { role, name, decision, comment: '', comments: [] },
      {
        contentHash: bundle.integrity.contentHash,
        stepHashes,
        previous: bundle.signoffs,
        submission: bundle.submission,
        version: bundle.version,
        key: await generateSigningKeyPair(),
        at,
      },
    );
    bundle = { ...bundle, signoffs: [...bundle.signoffs, signoff] };
  }
  return bundleToText(bundle);
}

/** From the click on the step's link until its screen is ready: its code loads on demand. */
async function openStepMs(page) {
  const before = await page.evaluate(
    () => performance.getEntriesByName('fabrik:step-ready').length,
  );
  const since = await page.evaluate(() => performance.now());
  await page
    .getByRole('navigation', { name: 'Étapes du prototype' })
    .getByRole('link', { name: 'Pour aller plus loin' })
    .click();
  await page.waitForFunction(
    (count) => performance.getEntriesByName('fabrik:step-ready').length > count,
    before,
  );
  return page.evaluate(
    (start) => performance.getEntriesByName('fabrik:step-ready').at(-1).startTime - start,
    since,
  );
}

/** From the click on « Établir le plan de tests » until its cases and its exports are shown. */
async function drawUpPlanMs(page) {
  await page.evaluate(() => {
    window.__benchDone = new Promise((resolve) => {
      document.addEventListener('click', () => (window.__benchStart = performance.now()), {
        capture: true,
        once: true,
      });
      const shown = () =>
        document.querySelector('ul.production__cases li') &&
        document.querySelector('[role="group"][aria-label^="Exporter « Plan de tests"]');
      const observer = new MutationObserver(() => {
        if (shown()) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - window.__benchStart));
        }
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
  });
  await page.getByRole('button', { name: 'Établir le plan de tests' }).click();
  return page.evaluate(() => window.__benchDone);
}

/** From the click on the plan's « Télécharger (DOCX) » until the download starts. */
async function planDocxMs(page) {
  const download = page.waitForEvent('download');
  const started = Date.now();
  await page
    .getByRole('group', { name: /^Exporter « Plan de tests de production/ })
    .getByRole('button', { name: 'Télécharger (DOCX)' })
    .click();
  await download;
  return Date.now() - started;
}

export default {
  name: 'going-further-production',
  async run({ browser, baseUrl, runs, median }) {
    const text = await approvedBundle();
    await closeFixtures();
    const open = [];
    const plan = [];
    const docx = [];
    for (let run = 0; run < runs; run++) {
      const { context, page } = await freshPage(browser);
      await importAndOpen(page, baseUrl, { fileName: 'approuve.fabrik.json', text });
      open.push(await openStepMs(page));
      await page.getByRole('button', { name: 'Mise en production' }).click();
      await page.getByRole('button', { name: 'Établir le plan de tests' }).waitFor();
      plan.push(await drawUpPlanMs(page));
      docx.push(await planDocxMs(page));
      await context.close();
    }
    const summary = (samples) => ({ median: median(samples), samples });
    return [
      {
        measure: '« Pour aller plus loin » first opened (its code loaded on demand)',
        unit: 'ms',
        ...summary(open),
      },
      {
        measure: 'draw up the production test plan, 300 fields, 60-element process (64 paths)',
        unit: 'ms',
        target: '< 300 ms',
        ...summary(plan),
      },
      {
        measure: 'export the production test plan as DOCX (first export of the page)',
        unit: 'ms',
        target: '< 300 ms',
        ...summary(docx),
      },
    ];
  },
};
