import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnsavedCopyBanner } from '../../../src/app/prototype/UnsavedCopyBanner';
import { createPrototype } from '../../../src/domain/prototype/create';
import { readJournal, writeJournal } from '../../../src/storage/journal';
import { offerUnsavedCopy, useUnsavedCopy } from '../../../src/state/unsavedCopy';
import { downloadFile } from '../../../src/ui/download';

vi.mock('../../../src/ui/download', () => ({ downloadFile: vi.fn() }));

function leftBehind() {
  const copy = createPrototype('Brouillon d’un onglet fermé', new Date());
  writeJournal({ baseRevision: 1, prototype: copy });
  offerUnsavedCopy(copy);
  return copy;
}

afterEach(() => {
  useUnsavedCopy.setState({ copy: undefined });
  vi.mocked(downloadFile).mockClear();
  localStorage.clear();
});

describe('UnsavedCopyBanner', () => {
  it('offers the changes a closed tab left behind as a file, then lets them go', async () => {
    const copy = leftBehind();
    render(<UnsavedCopyBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Des modifications n’ont pas pu être reprises',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Télécharger ces modifications' }));
    await waitFor(() =>
      expect(vi.mocked(downloadFile)).toHaveBeenCalledWith(
        expect.stringMatching(/\.fabrik\.json$/),
        expect.stringContaining('Brouillon d’un onglet fermé'),
      ),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await readJournal(copy.id)).toBeUndefined();
  });

  it('lets them go without a download when the user says so', async () => {
    const copy = leftBehind();
    render(<UnsavedCopyBanner />);
    await userEvent.click(screen.getByRole('button', { name: 'Les abandonner' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await readJournal(copy.id)).toBeUndefined();
    expect(vi.mocked(downloadFile)).not.toHaveBeenCalled();
  });
});
