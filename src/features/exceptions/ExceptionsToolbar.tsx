import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  exceptionSorts,
  type ExceptionSort,
  type ExceptionsFilter,
} from '../../domain/exceptions/listing';
import {
  exceptionDecisions,
  exceptionFrequencies,
  exceptionStatuses,
} from '../../domain/exceptions/schema';
import { SelectField } from '../../ui/SelectField';

interface ExceptionsToolbarProps {
  filter: ExceptionsFilter;
  onFilter: (filter: ExceptionsFilter) => void;
  sort: ExceptionSort;
  onSort: (sort: ExceptionSort) => void;
}

/** Filters by status, decision and frequency, and the sort order. */
export function ExceptionsToolbar({ filter, onFilter, sort, onSort }: ExceptionsToolbarProps) {
  const { t } = useTranslation('exceptions');
  const all = { value: '', label: t('list.all') };
  const set = <K extends keyof ExceptionsFilter>(key: K, value: string) =>
    onFilter({ ...filter, [key]: value === '' ? undefined : value });
  return (
    <fieldset className="exceptions__filters">
      <legend>{t('list.filters')}</legend>
      <div className="exceptions__toolbar">
        <SelectField
          label={t('status.label')}
          value={filter.status ?? ''}
          options={[
            all,
            ...exceptionStatuses.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
          onChange={(value) => set('status', value)}
        />
        <SelectField
          label={t('decision.label')}
          value={filter.decision ?? ''}
          options={[
            all,
            { value: 'undecided', label: t('list.undecided') },
            ...exceptionDecisions.map((value) => ({ value, label: t(`decision.${value}`) })),
          ]}
          onChange={(value) => set('decision', value)}
        />
        <SelectField
          label={t('frequency.label')}
          value={filter.frequency ?? ''}
          options={[
            all,
            ...exceptionFrequencies.map((value) => ({ value, label: t(`frequency.${value}`) })),
          ]}
          onChange={(value) => set('frequency', value)}
        />
        <SelectField
          label={t('list.sort')}
          value={sort}
          options={exceptionSorts.map((value) => ({ value, label: t(`list.sorts.${value}`) }))}
          onChange={onSort}
        />
      </div>
    </fieldset>
  );
}
