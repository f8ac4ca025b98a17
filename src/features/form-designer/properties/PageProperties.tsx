import { useTranslation } from '../../../ui/i18n/useTranslation';
import { renamePage, setPageCondition } from '../../../domain/form/commands';
import type { Form, Page } from '../../../domain/form/schema';
import { execute } from '../state/designedForm';
import { TextField } from '../../../ui/TextField';
import { ConditionEditor } from './ConditionEditor';
import { ChoiceInput, PanelSection } from './inputs';

/** A page's title and the condition under which the requester sees it. */
export function PageProperties({ form, page }: { form: Form; page: Page }) {
  const { t } = useTranslation('form');
  const number = form.pages.findIndex((candidate) => candidate.id === page.id) + 1;
  const title = page.title.trim() || t('canvas.page', { number });
  const owner = { kind: 'page' as const, id: page.id };
  return (
    <div>
      <p className="fd-prop-type">{t('page.title', { title })}</p>
      <TextField
        label={t('page.titleLabel')}
        value={page.title}
        name="label"
        onChange={(text) => execute(renamePage({ id: page.id, title: text }))}
      />
      <PanelSection title={t('properties.sections.conditions')}>
        <ChoiceInput<'always' | 'when'>
          legend={t('conditions.visible')}
          value={page.visibleWhen ? 'when' : 'always'}
          options={[
            { value: 'always', label: t('conditions.pageAlways') },
            { value: 'when', label: t('conditions.pageWhen') },
          ]}
          onChange={(next) =>
            execute(
              setPageCondition({
                id: page.id,
                condition: next === 'when' ? { all: [] } : undefined,
              }),
            )
          }
        />
        {page.visibleWhen && (
          <ConditionEditor
            form={form}
            owner={owner}
            ownerLabel={title}
            condition={page.visibleWhen}
            onChange={(condition) => execute(setPageCondition({ id: page.id, condition }))}
          />
        )}
      </PanelSection>
    </div>
  );
}
