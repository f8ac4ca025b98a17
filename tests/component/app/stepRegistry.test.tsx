import { describe, expect, it } from 'vitest';
import { stepScreens } from '../../../src/app/prototype/stepScreens';
import { stepUi } from '../../../src/app/steps';
import { stepIds } from '../../../src/domain/steps';
import { en } from '../../../src/ui/i18n/locales/en';
import { fr } from '../../../src/ui/i18n/locales/fr';
import { en as reviewEn } from '../../../src/features/review/i18n/en';
import { fr as reviewFr } from '../../../src/features/review/i18n/fr';
import { stepViews } from '../../../src/features/review/content/stepViews';

describe('the app’s step registry', () => {
  it('has a screen for every step, and labels in French and English', () => {
    expect(Object.keys(stepUi).sort()).toEqual([...stepIds].sort());
    for (const id of stepIds) {
      expect(stepScreens[id]).toBe(stepUi[id].screen);
      expect(fr.steps[id]).toBeTruthy();
      expect(en.steps[id]).toBeTruthy();
    }
  });

  it('gives every step with a review view a dossier title in both languages', () => {
    const viewed = stepIds.filter((id) => stepViews[id]);
    expect(viewed).toEqual([
      'purpose',
      'frame',
      'form',
      'process',
      'tracking',
      'exceptions',
      'workshops',
      'going-further',
    ]);
    for (const id of viewed) {
      expect(reviewFr.dossier.parts).toHaveProperty(id);
      expect(reviewEn.dossier.parts).toHaveProperty(id);
    }
  });
});
