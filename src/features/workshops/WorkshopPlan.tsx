import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import { newId } from '../../domain/ids';
import { addWorkshop } from '../../domain/workshops/commands';
import type { VersionSummary } from '../../domain/versions/schema';
import { newWorkshop } from '../../domain/workshops/defaults';
import { MAX_WORKSHOPS } from '../../domain/workshops/rules';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { WorkshopCard } from './WorkshopCard';

/** The workshops, planned, running or held: at most three, with a warning beyond. */
export function WorkshopPlan({ versions }: { versions: readonly VersionSummary[] }) {
  const { t } = useTranslation('workshops');
  const ids = useEditorStore(
    useShallow((state) => (state.prototype?.workshops ?? []).map((workshop) => workshop.id)),
  );
  const [added, setAdded] = useState<string>();
  const add = () => {
    const id = newId();
    const title = t('plan.defaultTitle', { number: ids.length + 1 });
    if (execute(addWorkshop({ workshop: newWorkshop(id, title) }))) setAdded(id);
  };
  return (
    <section className="workshops__section" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan.title')}</h2>
      {ids.length > MAX_WORKSHOPS && (
        <p className="banner banner--warning">{t('plan.tooMany', { count: ids.length })}</p>
      )}
      {ids.length === 0 && <p>{t('plan.empty')}</p>}
      <ul className="workshops__list">
        {ids.map((id) => (
          <li key={id}>
            <WorkshopCard id={id} versions={versions} selectTitle={id === added} />
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={add}>
        {t('plan.add')}
      </button>
    </section>
  );
}
