import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectSaved } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import {
  addByClick,
  canvas,
  canvasLabels,
  dragTo,
  openDesigner,
  palette,
  preview,
  properties,
  tabTo,
} from './form-designer.support';

// A projector-sized screen: palette, canvas and properties side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

test('builds a small form by mouse drag, and it is all there after a reload', async ({ page }) => {
  await openDesigner(page, 'Carte de stationnement résident');

  // Palette → empty page.
  await dragTo(
    page,
    palette(page).getByRole('button', { name: 'Texte court' }),
    canvas(page).getByText('Déposez un champ ici'),
  );
  await expect(properties(page).getByRole('textbox', { name: 'Libellé' })).toBeFocused();
  await page.keyboard.type('Nom');
  await dragTo(
    page,
    palette(page).getByRole('button', { name: 'Adresse électronique' }),
    canvas(page).getByRole('button', { name: 'Déplacer « Nom »' }),
    'top',
  );
  // Type once the new field's label box has the focus, as a person would see it.
  const newLabel = properties(page).getByRole('textbox', { name: 'Libellé' });
  await expect(newLabel).toHaveValue('Adresse électronique');
  await expect(newLabel).toBeFocused();
  await page.keyboard.type('Courriel');
  expect(await canvasLabels(page)).toEqual(['Courriel', 'Nom']);

  // Reorder by dragging a handle below the other field.
  await dragTo(
    page,
    canvas(page).getByRole('button', { name: 'Déplacer « Courriel »' }),
    canvas(page).getByRole('button', { name: /^Nom Texte court/ }),
  );
  await page.mouse.move(0, 0);
  await expect.poll(() => canvasLabels(page)).toEqual(['Nom', 'Courriel']);

  // To another page, by dragging onto it.
  await canvas(page).getByRole('button', { name: 'Ajouter une page' }).click();
  await dragTo(
    page,
    canvas(page).getByRole('button', { name: 'Déplacer « Courriel »' }),
    canvas(page).getByRole('region', { name: 'Page 2' }).getByText('Déposez un champ ici'),
  );
  await expect(
    canvas(page)
      .getByRole('region', { name: 'Page 2' })
      .getByRole('button', { name: 'Déplacer « Courriel »' }),
  ).toBeVisible();

  // A justification, then reload.
  await canvas(page)
    .getByRole('button', { name: /^Nom Texte court/ })
    .click();
  await properties(page)
    .getByLabel('Pourquoi avons-nous besoin de cette information ?')
    .fill('Pour établir la carte à son nom.');
  await expect(page.getByText('1 sans justification')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect.poll(() => canvasLabels(page)).toEqual(['Nom', 'Courriel']);
  await canvas(page)
    .getByRole('button', { name: /^Nom Texte court/ })
    .click();
  await expect(
    properties(page).getByLabel('Pourquoi avons-nous besoin de cette information ?'),
  ).toHaveValue('Pour établir la carte à son nom.');
  await expect(properties(page).getByRole('textbox', { name: 'Nom de la donnée' })).toHaveValue(
    'nom',
  );
});

test('builds a form with the keyboard only, with announcements, and undoes a move', async ({
  page,
}) => {
  await openDesigner(page, 'Inscription à la cantine');
  const status = page
    .getByRole('status')
    .filter({ hasText: /choisissez|ajouté|déplacé|annulé|Avant|Après|Dans/ });

  await tabTo(page, palette(page).getByRole('button', { name: 'Texte court' }));
  await page.keyboard.press('Enter');
  await expect(status).toContainText('choisissez où l’ajouter');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('ajouté');
  await expect(properties(page).getByRole('textbox', { name: 'Libellé' })).toBeFocused();
  await page.keyboard.type('Nom de l’enfant');

  await tabTo(page, palette(page).getByRole('button', { name: 'Date', exact: true }), true);
  await page.keyboard.press('Space');
  await expect(status).toContainText('Après « Nom de l’enfant »');
  await page.keyboard.press('ArrowUp');
  await expect(status).toContainText('Avant « Nom de l’enfant »');
  await page.keyboard.press('Enter');
  await expect(properties(page).getByRole('textbox', { name: 'Libellé' })).toHaveValue('Date');
  await expect(properties(page).getByRole('textbox', { name: 'Libellé' })).toBeFocused();
  await page.keyboard.type('Date de naissance');
  expect(await canvasLabels(page)).toEqual(['Date de naissance', 'Nom de l’enfant']);

  // Move "Date de naissance" after "Nom de l’enfant" with its handle.
  await tabTo(
    page,
    canvas(page).getByRole('button', { name: 'Déplacer « Date de naissance »' }),
    true,
  );
  await page.keyboard.press('Enter');
  await expect(status).toContainText('saisi');
  await page.keyboard.press('ArrowDown');
  await expect(status).toContainText('Après « Nom de l’enfant »');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('déplacé');
  await expect(
    canvas(page).getByRole('button', { name: 'Déplacer « Date de naissance »' }),
  ).toBeFocused();
  expect(await canvasLabels(page)).toEqual(['Nom de l’enfant', 'Date de naissance']);

  // Escape cancels a move; Ctrl+Z undoes the last one.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect(status).toContainText('annulé');
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasLabels(page)).toEqual(['Date de naissance', 'Nom de l’enfant']);
});

test('a condition shows and hides a field in the preview', async ({ page }) => {
  await openDesigner(page, 'Aide aux entreprises');
  await addByClick(page, 'Oui / non', 'Êtes-vous une entreprise ?');
  await addByClick(page, 'SIRET', 'Numéro SIRET');
  await properties(page).getByRole('radio', { name: 'Affiché seulement si…' }).check();
  await properties(page).getByRole('button', { name: 'Ajouter une règle' }).click();
  await properties(page)
    .getByLabel('Champ', { exact: true })
    .selectOption({ label: 'Êtes-vous une entreprise ?' });
  await properties(page).getByLabel('Comparaison').selectOption({ label: 'est égal à' });
  await properties(page).getByLabel('Valeur', { exact: true }).selectOption({ label: 'Oui' });
  await expect(canvas(page).getByRole('button', { name: /^Numéro SIRET SIRET/ })).toContainText(
    'conditionnel',
  );
  await expect(properties(page).getByText('Ce champ dépend de :')).toBeVisible();

  // The form alone, as JSON Schema, says the SIRET is required when the answer is yes.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en JSON Schema' }).click();
  const schema = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.allOf).toEqual([
    {
      if: {
        allOf: [
          {
            properties: { etes_vous_une_entreprise: { const: 'yes' } },
            required: ['etes_vous_une_entreprise'],
          },
        ],
      },
      // The property is named in `then` too, so that Ajv's strict mode accepts the `required`.
      then: { properties: { numero_siret: {} }, required: ['numero_siret'] },
    },
  ]);

  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  await expect(preview(page).getByRole('radio', { name: 'Oui' })).toBeVisible();
  await expect(preview(page).getByLabel(/^Numéro SIRET/)).toHaveCount(0);
  await preview(page).getByRole('radio', { name: 'Oui' }).check();
  await expect(preview(page).getByLabel(/^Numéro SIRET/)).toBeVisible();
  await preview(page).getByRole('radio', { name: 'Non' }).check();
  await expect(preview(page).getByLabel(/^Numéro SIRET/)).toHaveCount(0);
});

test('submitting the preview with errors shows them, linked to their boxes', async ({ page }) => {
  await openDesigner(page, 'Demande de logement');
  await addByClick(page, 'Adresse électronique', 'Courriel');
  await addByClick(page, 'Nombre', 'Nombre de personnes');
  await properties(page).getByLabel('Valeur maximale').fill('12');
  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  // The preview follows the designer once typing pauses: the person sees the new label.
  await expect(preview(page).getByLabel(/^Nombre de personnes/)).toBeVisible();

  // One click is enough, though leaving the box shows its error and pushes the button down.
  await preview(page)
    .getByLabel(/^Courriel/)
    .fill('pas-une-adresse');
  await preview(page).getByRole('button', { name: 'Vérifier mes réponses' }).click();
  const summary = preview(page).getByRole('alert');
  await expect(summary).toContainText('Il y a 2 erreurs à corriger');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Saisissez une adresse électronique valide');
  await summary
    .getByRole('link', { name: /Nombre de personnes : Ce champ est obligatoire/ })
    .click();
  await expect(preview(page).getByLabel(/^Nombre de personnes/)).toBeFocused();

  await page.keyboard.type('40');
  await preview(page).getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await expect(summary).toContainText('Saisissez une adresse électronique valide');
  await expect(summary).toContainText('inférieur ou égal à 12');

  await preview(page)
    .getByLabel(/^Courriel/)
    .fill('marie@exemple.fr');
  await preview(page)
    .getByLabel(/^Nombre de personnes/)
    .fill('4');
  await preview(page).getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await expect(preview(page).getByRole('heading', { name: /Vérifiez vos réponses/ })).toBeVisible();
  await expect(preview(page).getByText('marie@exemple.fr')).toBeVisible();
  await expectNoAxeViolations(page);
  await preview(page).getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(preview(page).getByRole('heading', { name: 'Demande envoyée' })).toBeVisible();
});

test('the designer and its preview have no accessibility violations', async ({ page }) => {
  await openDesigner(page, 'Carte de bus');
  await addByClick(page, 'Choix unique', 'Votre situation');
  await addByClick(page, 'Bloc répétable', 'Enfants');
  await addByClick(page, 'Identité', 'Votre identité');
  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  await expect(preview(page).getByRole('heading', { name: 'Votre demande' })).toBeVisible();
  await expectNoAxeViolations(page);

  await preview(page).getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await expect(preview(page).getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Aperçu plein écran' }).first().click();
  const dialog = page.getByRole('dialog', { name: /Aperçu : le formulaire/ });
  await expect(dialog.getByRole('heading', { name: 'Votre demande' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('splits the form into pages, renames and reorders them; the preview goes step by step, and a reload keeps it all', async ({
  page,
}) => {
  await openDesigner(page, 'Bourse de lycée');
  await addByClick(page, 'Oui / non', 'Avez-vous des enfants ?');
  await canvas(page).getByRole('textbox', { name: 'Titre de la page 1' }).fill('Vous');
  await canvas(page).getByRole('button', { name: 'Ajouter une page' }).click();
  await canvas(page).getByRole('textbox', { name: 'Titre de la page 2' }).fill('Vos ressources');
  await canvas(page).getByRole('button', { name: 'Ajouter une page' }).click();
  await canvas(page).getByRole('textbox', { name: 'Titre de la page 3' }).fill('Vos enfants');
  await addByClick(page, 'Bloc répétable', 'Enfants');

  // Page 3 comes before page 2, and is shown only to parents.
  await canvas(page).getByRole('button', { name: 'Monter la page 3' }).click();
  await expect(canvas(page).getByRole('textbox', { name: 'Titre de la page 2' })).toHaveValue(
    'Vos enfants',
  );
  await canvas(page).getByRole('button', { name: 'Condition d’affichage de la page 2' }).click();
  await properties(page).getByRole('radio', { name: 'Page affichée seulement si…' }).check();
  await properties(page).getByRole('button', { name: 'Ajouter une règle' }).click();
  await properties(page).getByLabel('Valeur', { exact: true }).selectOption({ label: 'Oui' });

  // A field deleted by mistake comes back with Ctrl+Z.
  await canvas(page)
    .getByRole('button', { name: /^Enfants Bloc répétable/ })
    .click();
  await properties(page).getByRole('button', { name: 'Supprimer « Enfants »' }).click();
  await expect(canvas(page).getByRole('button', { name: 'Déplacer « Enfants »' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(canvas(page).getByRole('button', { name: 'Déplacer « Enfants »' })).toBeVisible();

  await expectSaved(page);
  await page.reload();
  await expect(canvas(page).getByRole('textbox', { name: 'Titre de la page 2' })).toHaveValue(
    'Vos enfants',
  );
  await expect(canvas(page).getByRole('textbox', { name: 'Titre de la page 3' })).toHaveValue(
    'Vos ressources',
  );
  expect(await canvasLabels(page)).toEqual(['Avez-vous des enfants ?', 'Enfants']);

  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  await expect(preview(page).getByText('Étape 1 sur 2')).toBeVisible();
  await preview(page).getByRole('radio', { name: 'Oui' }).check();
  await expect(preview(page).getByText('Étape 1 sur 3')).toBeVisible();
  await expect(preview(page).getByText('Étape suivante : Vos enfants')).toBeVisible();
  await preview(page).getByRole('button', { name: 'Suivant' }).click();
  await expect(preview(page).getByRole('heading', { name: 'Vos enfants' })).toBeFocused();
  await expect(preview(page).getByText('Étape 2 sur 3')).toBeVisible();
  await expect(preview(page).getByRole('group', { name: 'Enfants' })).toBeVisible();
});
