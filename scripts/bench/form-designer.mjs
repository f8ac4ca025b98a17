// Form designer: open a generated form of 300 and of 1000 fields, type in the label box,
// drop or move a field with the keyboard, each measured from the user's action to the
// canvas showing its result; and a 50-field form shown after navigating to it, measured
// from the navigation to the end of the frame that shows it. The form is built with the app's own domain commands and
// imported through the catalogue, as a person would bring a large prototype in.
/* global document, window, MutationObserver, requestAnimationFrame, scheduler -- used inside the page */
import { closeFixtures, loadFixture } from './_fixtures.mjs';
import { installFrameClock, repeat, settled } from './_helpers.mjs';

const importLabel = 'Importer un prototype (fichier .fabrik.json)';
const readyMark = 'fabrik:form-designer-ready';
const perPage = 30;
/** The kinds of questions a real form mixes, in turn. */
const cycle = [
  'shortText',
  'email',
  'date',
  'yesNo',
  'radio',
  'number',
  'select',
  'longText',
  'phone',
  'checkboxes',
];

/** A prototype whose form has `count` fields: pages of 30, sections, options and conditions. */
export async function largeFormBundle(count) {
  const { createPrototype } = await loadFixture('/src/domain/prototype/create.ts');
  const { addField, addPage, updateField, setFieldCondition } = await loadFixture(
    '/src/domain/form/commands.ts',
  );
  const { bundleToText, writeBundle } = await loadFixture('/src/domain/bundle/writeBundle.ts');
  let prototype = createPrototype(`Formulaire de ${count} champs`, new Date());
  const apply = (command) => (prototype = command.apply(prototype));
  let lastYesNo;
  for (let index = 0; index < count; index++) {
    const pageIndex = Math.floor(index / perPage);
    if (pageIndex >= prototype.form.pages.length) {
      apply(addPage({ id: `page-${pageIndex}`, title: `Étape ${pageIndex + 1}` }));
    }
    const page = prototype.form.pages[pageIndex];
    // Every tenth field is a section holding the next two.
    const section =
      page.fields.at(-1)?.type === 'section' && page.fields.at(-1).fields.length < 2
        ? page.fields.at(-1)
        : undefined;
    const type = index % 10 === 9 ? 'section' : cycle[index % cycle.length];
    const id = `field-${index}`;
    const at =
      section && type !== 'section'
        ? { pageId: page.id, parentId: section.id, index: section.fields.length }
        : { pageId: page.id, index: page.fields.length };
    apply(
      addField({
        type,
        id,
        at,
        text: {
          label: `Question ${index + 1}`,
          optionLabels: ['Oui, souvent', 'Parfois', 'Jamais'],
        },
      }),
    );
    apply(
      updateField({
        id,
        patch: {
          help: `Aide de la question ${index + 1}.`,
          justification: index % 3 ? 'Nécessaire à l’instruction.' : undefined,
        },
      }),
    );
    if (type === 'yesNo') lastYesNo = id;
    else if (index % 7 === 0 && lastYesNo) {
      apply(
        setFieldCondition({
          id,
          which: 'visibleWhen',
          condition: { all: [{ field: lastYesNo, op: 'equals', value: 'yes' }] },
        }),
      );
    }
  }
  const bundle = await writeBundle(prototype, { now: new Date(), appVersion: 'bench' });
  return { id: prototype.id, text: bundleToText(bundle) };
}

async function importPrototype(page, baseUrl, text) {
  await page.goto(baseUrl);
  await page.getByLabel(importLabel).setInputFiles({
    name: 'grand.fabrik.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('list', { name: 'Prototypes' }).getByRole('link').first().waitFor();
}

/**
 * From the click on the step to the designer ready to edit (its ready mark, when the top
 * of the form is drawn) and to every row drawn (no `.fd-later` left, seen at a frame).
 */
async function openMs(page, baseUrl, id) {
  await page.goto(`${baseUrl}/p/${id}/purpose`);
  await page.getByRole('heading', { level: 1, name: 'Finalité de la démarche' }).waitFor();
  const since = await page.evaluate(() => performance.now());
  await page
    .getByRole('navigation', { name: 'Étapes du prototype' })
    .getByRole('link', { name: /Formulaire/ })
    .click();
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, readyMark);
  const ready = await page.evaluate(
    ([name, start]) => performance.getEntriesByName(name).at(-1).startTime - start,
    [readyMark, since],
  );
  const drawn = await page.waitForFunction(
    () => !document.querySelector('.fd-canvas .fd-later') && performance.now(),
  );
  return { ready, drawn: (await drawn.jsonValue()) - since };
}

const canvas = (page) => page.getByRole('region', { name: 'Le formulaire' });

/**
 * Times from the next `eventName` on `target` (window when absent) to the end of the frame
 * that shows the DOM change in `scope` after which `done(scope)` holds. The start is the
 * event's own time stamp; the end is taken after that frame's style, layout and paint.
 */
function armClock(page, { eventName, targetSelector, scopeSelector, doneSource }) {
  return page.evaluate(
    ([eventName, targetSelector, scopeSelector, doneSource]) => {
      const done = new Function(`return (${doneSource})`)();
      const target = targetSelector ? document.querySelector(targetSelector) : window;
      const scope = document.querySelector(scopeSelector);
      window.__benchClock = new Promise((resolve, reject) => {
        const timeout = setTimeout(
          () => reject(new Error(`Nothing changed in ${scopeSelector} after ${eventName}`)),
          10_000,
        );
        let start;
        let end;
        const settle = () => {
          if (start === undefined || end === undefined) return;
          clearTimeout(timeout);
          resolve(end - start);
        };
        target.addEventListener(eventName, (event) => ((start = event.timeStamp), settle()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (!done(scope)) return;
          observer.disconnect();
          window.__afterNextFrame().then((time) => {
            end = time;
            settle();
          });
        });
        observer.observe(scope, { subtree: true, childList: true, characterData: true });
      });
    },
    [eventName, targetSelector, scopeSelector, doneSource],
  );
}

const readClock = (page) => page.evaluate(() => window.__benchClock);

async function keystrokeMs(page, run) {
  const letter = 'abcdefghij'[run % 10];
  await armClock(page, {
    eventName: 'keydown',
    targetSelector: '.fd-properties input[name="label"]',
    scopeSelector: '[data-row-id="field-4"]',
    doneSource: `(scope) => scope.querySelector('.fd-row__label').textContent.endsWith('${letter}')`,
  });
  await page.keyboard.press(letter);
  return readClock(page);
}

/**
 * The order of the first page's rows, nested ones included, as ids with their section's:
 * moving the last field of a section out of it keeps the rows' order but not their nesting.
 */
const orderSource = `(scope) => [...scope.querySelectorAll('li[data-row-id]')].map((row) => row.dataset.rowId + '<' + (row.parentElement.closest('li[data-row-id]')?.dataset.rowId ?? '')).join()`;

/** Drags "Question 3" below "Question 6", or (every other run) above "Question 1". */
async function dropMs(page, run) {
  const list = canvas(page).locator('.fd-list').first();
  const before = await list.evaluate(new Function(`return ${orderSource}`)());
  const handle = canvas(page).getByRole('button', { name: 'Déplacer « Question 3 »' });
  const other = canvas(page).getByRole('button', {
    name: `Déplacer « Question ${run % 2 ? 1 : 6} »`,
  });
  const from = await handle.boundingBox();
  const box = await other.boundingBox();
  const to = { x: box.x + box.width / 2, y: run % 2 ? box.y + 2 : box.y + box.height - 2 };
  await armClock(page, {
    eventName: 'pointerup',
    scopeSelector: '.fd-canvas .fd-list',
    doneSource: `(scope) => (${orderSource})(scope) !== ${JSON.stringify(before)}`,
  });
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 20, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  return readClock(page);
}

async function keyboardMoveMs(page) {
  const list = canvas(page).locator('.fd-list').first();
  const before = await list.evaluate(new Function(`return ${orderSource}`)());
  await canvas(page).getByRole('button', { name: 'Déplacer « Question 3 »' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await armClock(page, {
    eventName: 'keydown',
    scopeSelector: '.fd-canvas .fd-list',
    doneSource: `(scope) => (${orderSource})(scope) !== ${JSON.stringify(before)}`,
  });
  await page.keyboard.press('Enter');
  return readClock(page);
}

async function designerPage(browser) {
  const context = await browser.newContext({
    locale: 'fr-FR',
    serviceWorkers: 'block',
    viewport: { width: 1600, height: 1000 },
  });
  await installFrameClock(context);
  // From the navigation (the page's time origin) to the end of the frame after the
  // designer's ready mark, looked for at the start of each frame: the first frame that
  // starts after the mark is the one that shows the designer, and its end is the first
  // task after it (as `frameAfterMark` measures the other steps).
  await context.addInitScript((name) => {
    window.__benchShown = new Promise((resolve) => {
      const look = () => {
        if (performance.getEntriesByName(name).length === 0) {
          requestAnimationFrame(look);
          return;
        }
        scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' });
      };
      requestAnimationFrame(look);
    });
  }, readyMark);
  return { context, page: await context.newPage() };
}

/** A 50-field form opened by its address, as after a reload or from a link. */
async function shownAfterNavigation(browser, baseUrl, runs, median) {
  const { id, text } = await largeFormBundle(50);
  const { context, page } = await designerPage(browser);
  await importPrototype(page, baseUrl, text);
  // Once unmeasured, so that the code is in the browser's cache, as on any later visit.
  await page.goto(`${baseUrl}/p/${id}/form`);
  await page.evaluate(() => window.__benchShown);
  const shown = await repeat(runs, median, async () => {
    await settled(page);
    await page.goto(`${baseUrl}/p/${id}/form`);
    return page.evaluate(() => window.__benchShown);
  });
  await context.close();
  return {
    measure: 'a 50-field form shown, from navigating to its address',
    unit: 'ms',
    target: '≤ 120 ms',
    ...shown,
  };
}

async function measureSize(browser, baseUrl, runs, median, count) {
  const { id, text } = await largeFormBundle(count);
  const { context, page } = await designerPage(browser);
  await importPrototype(page, baseUrl, text);
  const opened = [];
  const open = await repeat(runs, median, async () => {
    const { ready, drawn } = await openMs(page, baseUrl, id);
    opened.push(drawn);
    return ready;
  });
  // Typing is measured in the form as it stays: openMs waits until every row is drawn.

  // A field near the top, selected, its label box focused, warmed up by two keystrokes.
  await canvas(page)
    .getByRole('button', { name: /^Question 5 / })
    .click();
  await page.locator('.fd-properties input[name="label"]').focus();
  await page.keyboard.press('End');
  await page.keyboard.type('xy');
  const keystroke = await repeat(runs, median, (run) => keystrokeMs(page, run));
  const drop = await repeat(runs, median, (run) => dropMs(page, run));
  const keyboard = await repeat(runs, median, () => keyboardMoveMs(page));
  await context.close();
  return [
    {
      measure: `open the designer, ${count} fields`,
      unit: 'ms',
      target: count >= 1000 ? '< 600 ms' : '< 300 ms',
      ...open,
    },
    {
      measure: `open the designer, ${count} fields: every row drawn`,
      unit: 'ms',
      median: median(opened),
      samples: opened,
    },
    {
      measure: `keystroke in the label box → frame showing it on the canvas, ${count} fields`,
      unit: 'ms',
      target: '< 16 ms',
      ...keystroke,
    },
    {
      measure: `mouse drop → canvas reordered, ${count} fields`,
      unit: 'ms',
      target: '< 50 ms',
      ...drop,
    },
    {
      measure: `keyboard move (Enter) → canvas reordered, ${count} fields`,
      unit: 'ms',
      target: '< 50 ms',
      ...keyboard,
    },
  ];
}

export default {
  name: 'form-designer',
  async run({ browser, baseUrl, runs, median }) {
    const rows = [];
    try {
      rows.push(await shownAfterNavigation(browser, baseUrl, runs, median));
      for (const count of [300, 1000])
        rows.push(...(await measureSize(browser, baseUrl, runs, median, count)));
    } finally {
      await closeFixtures();
    }
    return rows;
  },
};
