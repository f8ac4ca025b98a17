/* global document, window, MutationObserver -- used inside the page */
// Service catalogue (issue 16): 1 000 services — import the CSV, open the area, filter, re-score
// after a weight change; and what the area adds to the first load (nothing: it loads on
// demand, the `foundation` suite measures the first load itself).
import { freshPage, installFrameClock, repeat } from './_helpers.mjs';

const SERVICES = 1000;

/** 1 000 services in the spreadsheet shape the import reads, half of them needing blocks. */
function servicesCsv() {
  const header =
    'Nom;Service gestionnaire;Usagers;Événements de vie;Volume annuel;Interactions;Visites;Niveau;Briques;Changement juridique;Guichet;Web';
  const rows = Array.from({ length: SERVICES }, (_, index) =>
    [
      `Service ${String(index + 1).padStart(4, '0')}`,
      index % 2 ? 'Population' : 'Urbanisme',
      index % 3 ? 'particuliers' : 'particuliers|entreprises',
      index % 4 ? '' : 'Je déménage',
      String((index + 1) * 37),
      String(1 + (index % 6)),
      String(index % 3),
      String(1 + (index % 4)),
      index % 2 ? '' : 'identité|paiement',
      index % 5 ? 'non' : 'oui',
      '60',
      '40',
    ].join(';'),
  );
  return [header, ...rows].join('\n') + '\n';
}

const now = (page) => page.evaluate(() => performance.now());

/** From choosing the file to the 1 000 services listed: parse, preview, store, list. */
async function importMs(browser, baseUrl, csv) {
  const { context, page } = await freshPage(browser);
  await installFrameClock(context);
  await page.goto(`${baseUrl}/services/importer`);
  const picker = page.getByLabel('Tableur de services (fichier .csv)');
  await picker.waitFor();
  const start = await now(page);
  await picker.setInputFiles({
    name: 'services.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: `Importer ${SERVICES} service(s)` }).click();
  await page.getByRole('table', { name: `Services du catalogue (${SERVICES})` }).waitFor();
  const ms = (await now(page)) - start;
  return { ms, context, page };
}

/** From navigation to the list of 1 000 services on screen. */
async function openMs(page, baseUrl) {
  await page.goto(`${baseUrl}/services`);
  await page.getByRole('table', { name: `Services du catalogue (${SERVICES})` }).waitFor();
  return page.evaluate(() => performance.now());
}

/**
 * Words typed in the list's search box: until the table lists only the matching services
 * (« Service 0042 » matches one of them), then the box is emptied for the next run.
 */
async function filterMs(page) {
  const box = page.getByRole('textbox', { name: 'Rechercher' });
  const start = await now(page);
  await box.fill('Service 0042');
  await page.getByRole('table', { name: 'Services du catalogue (1)' }).waitFor();
  const ms = (await now(page)) - start;
  await box.fill('');
  await page.getByRole('table', { name: `Services du catalogue (${SERVICES})` }).waitFor();
  return ms;
}

/**
 * A weight changed on « Priorités »: from the select's change event to the end of the frame
 * that shows the new quadrant counts, both clocks in the page (Playwright's own round trips
 * around the choice were a good part of what was timed before).
 */
async function rescoreMs(page, run) {
  const box = page.getByRole('combobox', { name: 'Poids : Volume de demandes' });
  await box.evaluate((select) => {
    const counts = document.querySelector('[aria-label="Nombre de services par quadrant"]');
    const before = counts.textContent;
    window.__benchRescore = new Promise((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error('The quadrant counts never changed')),
        30_000,
      );
      let start;
      select.addEventListener('change', (event) => (start = event.timeStamp), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (counts.textContent === before) return;
        observer.disconnect();
        clearTimeout(timeout);
        window.__afterNextFrame().then((end) => resolve(end - start));
      });
      observer.observe(counts, { subtree: true, childList: true, characterData: true });
    });
  });
  // Alternates 0 and 5, which always moves services between quadrants.
  await box.selectOption(run % 2 ? '5' : '0');
  return page.evaluate(() => window.__benchRescore);
}

export default {
  name: 'catalogue',
  async run({ browser, baseUrl, runs, median }) {
    const csv = servicesCsv();
    const imports = [];
    let kept;
    for (let run = 0; run < runs; run++) {
      const result = await importMs(browser, baseUrl, csv);
      imports.push(result.ms);
      if (kept) await kept.context.close();
      kept = result;
    }
    const { context, page } = kept;
    const open = await repeat(runs, median, () => openMs(page, baseUrl));
    console.log(`  import ${imports.join(', ')} ms; open ${open.samples.join(', ')} ms`);
    const filter = await repeat(runs, median, () => filterMs(page));
    await page
      .getByRole('navigation', { name: 'Catalogue des services' })
      .getByRole('link', { name: 'Priorités' })
      .click();
    const shown = await now(page);
    await page
      .getByRole('list', { name: 'Nombre de services par quadrant' })
      .waitFor({ timeout: 120_000 });
    console.log(`  « Priorités » shown after ${Math.round((await now(page)) - shown)} ms`);
    const rescore = await repeat(runs, median, (run) => rescoreMs(page, run));
    const priorities = await repeat(runs, median, async () => {
      await page.goto(`${baseUrl}/services/priorites`);
      await page.getByRole('table', { name: /alternative textuelle du graphique/ }).waitFor();
      return page.evaluate(() => performance.now());
    });
    await context.close();
    return [
      {
        measure: `import the CSV of ${SERVICES} services (preview, store, list)`,
        unit: 'ms',
        median: median(imports),
        samples: imports,
      },
      { measure: `open the catalogue of ${SERVICES} services`, unit: 'ms', ...open },
      {
        measure: `filter the list of ${SERVICES} services by a search`,
        unit: 'ms',
        ...filter,
      },
      {
        measure: `re-score ${SERVICES} services after a weight change`,
        unit: 'ms',
        target: '< 100 ms',
        ...rescore,
      },
      { measure: `open « Priorités » with ${SERVICES} services`, unit: 'ms', ...priorities },
    ];
  },
};
