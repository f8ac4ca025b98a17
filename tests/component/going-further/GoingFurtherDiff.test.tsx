import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../src/app/stepStrings';
import { createPrototype } from '../../../src/domain/prototype/create';
import { diffContents } from '../../../src/domain/versions/diff';
import { DiffView } from '../../../src/features/workshops/DiffView';
import '../../../src/features/workshops/i18n';
import { planned } from '../../unit/going-further/fixtures';

describe('the version diff of « Pour aller plus loin »', () => {
  it('names each part that changed by its label', async () => {
    const before = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
    const after = { ...before, goingFurther: planned().goingFurther };
    render(<DiffView diff={await diffContents(before, after)} before={before} after={after} />);
    // The parts name themselves in their own strings, which load with every step's.
    const section = await screen.findByRole('region', { name: 'Pour aller plus loin' });
    await waitFor(() => expect(section).toHaveTextContent('Opérations et RACICalendrier'));
  });

  it('details what changed in the adoption', async () => {
    const before = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
    const after = {
      ...before,
      goingFurther: {
        adoption: { edits: [{ key: 'faq:a', text: 'Notre réponse', generated: 'G' }] },
      },
    };
    render(<DiffView diff={await diffContents(before, after)} before={before} after={after} />);
    const section = await screen.findByRole('region', { name: 'Pour aller plus loin' });
    await waitFor(() =>
      expect(section).toHaveTextContent('Texte reformulé « Notre réponse » : ajouté'),
    );
  });
});
