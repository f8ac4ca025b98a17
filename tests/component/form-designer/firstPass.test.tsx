import { screen, waitFor, within } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import FormDesignerScreen from '../../../src/features/form-designer/FormDesignerScreen';
import type { Page } from '../../../src/domain/form/schema';
import { useEditorStore } from '../../../src/state/editorStore';
import { requestReveal, useSelection } from '../../../src/state/selection';
import { selectInDesigner } from '../../../src/features/form-designer/state/designerStore';
import { field, openForm, resetStores, storedForm } from './setup';

/** Outside `act`, to see the first pass before React draws the rest. */
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let root: Root | undefined;
let host: HTMLElement;

/** A window 1 280 pixels high: its first pass draws 16 rows. */
const tallWindow = 1280;
const { innerHeight } = window;

beforeEach(() => {
  window.innerHeight = tallWindow;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  host = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  window.innerHeight = innerHeight;
  flushSync(() => root?.unmount());
  host.remove();
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  resetStores();
  useSelection.setState({ step: undefined, selected: undefined, reveal: undefined });
});

function pages(count: number, fieldsEach: number): Page[] {
  return Array.from({ length: count }, (_, p) => ({
    id: `p${p}`,
    title: `Étape ${p + 1}`,
    fields: Array.from({ length: fieldsEach }, (_, f) => field(`f${p}-${f}`)),
  }));
}

const canvas = () => screen.getByRole('region', { name: 'Le formulaire' });
const pageRegion = (number: number) =>
  within(canvas()).queryByRole('region', { name: `Page ${number}` });

const row = (page: number, id: string) =>
  within(pageRegion(page)!).queryByRole('button', { name: `Déplacer « Label ${id} »` });

describe('FormDesignerScreen: a long form opens top first', () => {
  it('draws the first fields at once, then every page right after', async () => {
    openForm(pages(4, 15));
    root = createRoot(host);
    flushSync(() => root!.render(<FormDesignerScreen />));
    expect(pageRegion(1)).toBeInTheDocument();
    expect(row(2, 'f1-0')).toBeInTheDocument();
    expect(row(2, 'f1-1')).not.toBeInTheDocument();
    expect(pageRegion(3)).not.toBeInTheDocument();

    await waitFor(() => expect(pageRegion(4)).toBeInTheDocument());
    expect(row(2, 'f1-14')).toBeInTheDocument();
    expect(
      within(pageRegion(4)!).getByRole('button', { name: 'Déplacer « Label f3-14 »' }),
    ).toBeInTheDocument();
  });

  it('draws fewer rows first in a lower window', async () => {
    window.innerHeight = 720;
    openForm(pages(2, 15));
    root = createRoot(host);
    flushSync(() => root!.render(<FormDesignerScreen />));
    expect(row(1, 'f0-5')).toBeInTheDocument();
    expect(row(1, 'f0-6')).not.toBeInTheDocument();
    expect(pageRegion(2)).not.toBeInTheDocument();

    await waitFor(() => expect(row(2, 'f1-14')).toBeInTheDocument());
  });

  it('keeps every page drawn once the whole form is, as the form grows', async () => {
    openForm(pages(2, 15));
    root = createRoot(host);
    flushSync(() => root!.render(<FormDesignerScreen />));
    await waitFor(() => expect(row(2, 'f1-14')).toBeInTheDocument());
    const grown = { ...storedForm(), pages: pages(12, 15) };
    flushSync(() =>
      useEditorStore.setState((state) => ({ prototype: { ...state.prototype!, form: grown } })),
    );
    expect(pageRegion(12)).toBeInTheDocument();
  });

  it('draws the selected page in the first pass', () => {
    openForm(pages(4, 15));
    flushSync(() => selectInDesigner({ kind: 'page', id: 'p3' }));
    root = createRoot(host);
    flushSync(() => root!.render(<FormDesignerScreen />));
    expect(pageRegion(3)).not.toBeInTheDocument();
    expect(pageRegion(4)).toBeInTheDocument();
  });

  it('focuses a field a link points at far down the form', async () => {
    openForm(pages(6, 15));
    requestReveal('form', { kind: 'field', id: 'f5-9' });
    root = createRoot(host);
    flushSync(() => root!.render(<FormDesignerScreen />));
    await waitFor(() =>
      expect(document.activeElement).toBe(document.querySelector('[data-select-for="f5-9"]')),
    );
  });

  it('draws the page of the selected field in the first pass', () => {
    openForm(pages(4, 15), 'f3-2');
    root = createRoot(host);
    flushSync(() => root!.render(<FormDesignerScreen />));
    expect(pageRegion(3)).not.toBeInTheDocument();
    expect(
      within(pageRegion(4)!).getByRole('button', { name: 'Déplacer « Label f3-2 »' }),
    ).toBeInTheDocument();
  });
});
