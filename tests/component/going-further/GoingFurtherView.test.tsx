import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../src/app/stepStrings';
import { setLaunchItem } from '../../../src/domain/going-further/launch/commands';
import { contentOf } from '../../../src/domain/prototype/model';
import { GoingFurtherView } from '../../../src/features/review/content/GoingFurtherView';
import '../../../src/features/review/i18n';
import { blank, planned } from '../../unit/going-further/fixtures';

describe('GoingFurtherView, in the review and its dossier', () => {
  it('says when nothing is drafted for what follows', async () => {
    render(<GoingFurtherView content={contentOf(blank())} />);
    expect(await screen.findByText('Rien n’est encore rédigé pour la suite.')).toBeInTheDocument();
  });

  it('shows each drafted part as its documents', async () => {
    const prototype = setLaunchItem({
      phase: 'open',
      item: 'monitoring',
      changes: { done: true, note: 'Sonde toutes les 5 minutes' },
    }).apply(planned());
    render(<GoingFurtherView content={contentOf(prototype)} />);
    expect(
      await screen.findByRole('heading', { name: 'RACI du déploiement — Carte de stationnement' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Opérations' })).toBeInTheDocument();
    expect(
      await screen.findByText('✓ La supervision est en place — Sonde toutes les 5 minutes'),
    ).toBeInTheDocument();
  });
});
