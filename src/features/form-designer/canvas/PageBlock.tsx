import { memo, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { movePage, removePage, renamePage } from '../../../domain/form/commands';
import { conditionRules } from '../../../domain/form/conditions';
import { allFields } from '../../../domain/form/fields';
import type { Page } from '../../../domain/form/schema';
import { execute } from '../state/designedForm';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { selectPage } from '../actions';
import type { PageFlags } from './analysis';
import { FieldList } from './FieldList';
import { ROW_REM } from './firstPass';
import type { RowLabels } from './useRowLabels';

/** Beyond this, a page's rows are skipped one by one when out of sight (designer.css). */
const LONG_PAGE_FIELDS = 60;

interface PageBlockProps {
  page: Page;
  number: number;
  pageCount: number;
  selected: boolean;
  selectedId?: string;
  flags: PageFlags;
  labels: RowLabels;
  /** Rows drawn so far, on the designer's first pass; all when absent. */
  rowLimit?: number;
}

/** Room a page of `fieldCount` fields takes inside its border before it is drawn. */
function estimatedHeight(fieldCount: number): string {
  return `${4 + fieldCount * ROW_REM}rem`;
}

/** Where a page not drawn yet will be: as tall as it is estimated, with nothing to read. */
export function PagePlaceholder({ page }: { page: Page }) {
  const height = estimatedHeight(allFields({ pages: [page] }).length);
  // Sized as a drawn page's content is (contain-intrinsic-size), padding and border aside.
  return <div className="fd-page fd-later" style={{ boxSizing: 'content-box', height }} />;
}

/** One page (step) of the form: its title, its order, its condition, and its fields. */
export const PageBlock = memo(function PageBlock({
  page,
  number,
  pageCount,
  selected,
  selectedId,
  flags,
  labels,
  rowLimit,
}: PageBlockProps) {
  const { t } = useTranslation('form');
  const [confirming, setConfirming] = useState(false);
  const fieldCount = allFields({ pages: [page] }).length;
  const remove = () => {
    setConfirming(false);
    execute(removePage({ id: page.id }));
  };
  const conditional = conditionRules(page.visibleWhen).length > 0;
  return (
    <section
      className={[
        'fd-page',
        selected && 'fd-page--selected',
        fieldCount > LONG_PAGE_FIELDS && 'fd-page--long',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-label={t('canvas.page', { number })}
      style={{ containIntrinsicSize: `auto ${estimatedHeight(fieldCount)}` }}
    >
      <div className="fd-page__header">
        <span className="fd-page__number">{t('canvas.page', { number })}</span>
        <input
          type="text"
          className="fd-page__title"
          data-page-title-for={page.id}
          value={page.title}
          aria-label={t('canvas.pageTitle', { number })}
          onChange={(event) => execute(renamePage({ id: page.id, title: event.target.value }))}
        />
        {conditional && (
          <span className="fd-badge fd-badge--condition">{t('canvas.conditional')}</span>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button--ghost button--small"
            aria-pressed={selected}
            onClick={() => selectPage(page.id)}
          >
            {t('canvas.pageCondition', { number })}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={number === 1}
            onClick={() => execute(movePage({ id: page.id, index: number - 2 }))}
            aria-label={t('canvas.movePageUp', { number })}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={number === pageCount}
            onClick={() => execute(movePage({ id: page.id, index: number }))}
            aria-label={t('canvas.movePageDown', { number })}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={pageCount === 1}
            onClick={() => (fieldCount > 0 ? setConfirming(true) : remove())}
            aria-label={t('canvas.removePage', { number })}
          >
            ✕
          </button>
        </div>
      </div>
      <FieldList
        pageId={page.id}
        fields={page.fields}
        selectedId={selectedId}
        flags={flags}
        labels={labels}
        limit={rowLimit}
      />
      <ConfirmDialog
        open={confirming}
        title={t('removePageConfirm.title', { title: page.title || t('canvas.page', { number }) })}
        message={t('removePageConfirm.body', { count: fieldCount })}
        confirmLabel={t('removePageConfirm.confirm')}
        danger
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
});
