import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createPrototype, expectSaved } from './support/app';

const answers = {
  'Pourquoi cette démarche existe-t-elle ?':
    'Permettre aux résidents de stationner près de chez eux.',
  'Pour qui ?': 'Les habitants du centre-ville disposant d’un véhicule.',
  'Qu’y gagne le demandeur ?': 'Plus de déplacement en mairie : la carte arrive par courrier.',
  'Ce que la démarche ne couvrira pas': 'Les cartes professionnelles et les véhicules de société.',
  'Base légale ou réglementaire': 'Arrêté municipal n° 2024-118.',
  'Service responsable': 'Direction de la mobilité',
};

test('a purpose filled in full is still there after a reload', async ({ page }) => {
  await createPrototype(page, 'Carte de stationnement résident');
  for (const [label, text] of Object.entries(answers)) {
    await page.getByLabel(label).fill(text);
  }
  await expect(page.getByText('Rubriques remplies : 6 sur 6')).toBeVisible();
  await expectSaved(page);

  await page.reload();
  for (const [label, text] of Object.entries(answers)) {
    await expect(page.getByLabel(label)).toHaveValue(text);
  }
  await expect(page.getByRole('link', { name: /Finalité.*faite/ })).toBeVisible();
});

test('the purpose screen has no accessibility violations', async ({ page }) => {
  await createPrototype(page, 'Inscription à la cantine');
  await expectNoAxeViolations(page);
});
