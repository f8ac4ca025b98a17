import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { addPage } from '../../../domain/form/commands';
import type { Page } from '../../../domain/form/schema';
import { newId } from '../../../domain/ids';
import { execute } from '../state/designedForm';
import { focusPageTitle, selectPage } from '../actions';
import { useDesigner } from '../state/designerStore';
import { pageFlagsOf, type FormAnalysis } from './analysis';
import { DraggedRowStyle } from './DraggedRowStyle';
import { FieldDragArea } from './FieldDragArea';
import { firstPassLimit, firstPassRows } from './firstPass';
import { PageBlock, PagePlaceholder } from './PageBlock';
import { useRowLabels } from './useRowLabels';

/** The form being built, page after page, rendered from the document. */
export function Canvas({ pages, analysis }: { pages: readonly Page[]; analysis: FormAnalysis }) {
  const { t } = useTranslation('form');
  const labels = useRowLabels();
  const selection = useDesigner((state) => state.selection);
  const selectedId = selection?.kind === 'field' ? selection.id : undefined;
  const selectedPage = selection?.kind === 'page' ? selection.id : undefined;
  // False until the first rows are on screen: the first render draws the form's first
  // rows, and React draws the rest once that frame is painted, in the background, so the
  // top of a long form shows without building each row below the fold first (nor waiting
  // for them: started at once, that render often ran before the frame), and typing
  // interrupts that render rather than waiting.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const everyPage = useDeferredValue(painted, false);
  const firstPass = everyPage
    ? undefined
    : firstPassRows(pages, firstPassLimit(window.innerHeight), selectedId);
  const instructions = useMemo(() => `${t('move.instructions')} ${t('actions.shortcuts')}`, [t]);
  return (
    <section
      className="fd-canvas"
      aria-labelledby="fd-canvas-title"
      aria-busy={firstPass ? true : undefined}
    >
      <h2 id="fd-canvas-title" className="fd-panel-title">
        {t('canvas.title')}
      </h2>
      <p id="fd-move-instructions" className="visually-hidden">
        {instructions}
      </p>
      <FieldDragArea>
        {pages.map((page, index) =>
          firstPass && !firstPass.has(page.id) && selectedPage !== page.id ? (
            <PagePlaceholder key={page.id} page={page} />
          ) : (
            <PageBlock
              key={page.id}
              page={page}
              number={index + 1}
              pageCount={pages.length}
              selected={selectedPage === page.id}
              selectedId={selectedId}
              flags={pageFlagsOf(analysis, page.id)}
              labels={labels}
              rowLimit={firstPass?.get(page.id)}
            />
          ),
        )}
      </FieldDragArea>
      <DraggedRowStyle />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const id = newId();
          if (!execute(addPage({ id, title: t('defaults.page') }))) return;
          selectPage(id);
          focusPageTitle(id);
        }}
      >
        {t('canvas.addPage')}
      </button>
    </section>
  );
}
