import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { addFrameItem, removeFrameItem, updateFrameItem } from '../../domain/frame/commands';
import { budgetTotal } from '../../domain/frame/questions';
import { BUDGET_AMOUNT_MAX, type BudgetLine, type Objective } from '../../domain/frame/schema';
import { newId } from '../../domain/ids';
import { execute } from '../../state/commands';
import { FieldFrame } from '../../ui/FieldFrame';
import { NumberInput } from '../../ui/NumberInput';
import { TextField } from '../../ui/TextField';
import { FramePart } from './OpenQuestions';
import { useFrame } from './useFrame';

function BudgetRow({ line, number }: { line: BudgetLine; number: number }) {
  const { t } = useTranslation('frame');
  const amountId = useId();
  const change = (changes: Partial<Omit<BudgetLine, 'id'>>) =>
    execute(updateFrameItem({ list: 'budget', id: line.id, changes }));
  const name = line.item.trim() || t('howMuch.line', { number });
  return (
    <fieldset className="frame__row">
      <legend>{name}</legend>
      <TextField
        label={t('howMuch.item')}
        value={line.item}
        onChange={(item) => change({ item })}
      />
      <FieldFrame id={amountId} label={t('howMuch.amount')}>
        <NumberInput
          id={amountId}
          value={line.amount}
          min={0}
          max={BUDGET_AMOUNT_MAX}
          step="any"
          onChange={(amount) => change({ amount })}
        />
      </FieldFrame>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => execute(removeFrameItem({ list: 'budget', id: line.id }))}
      >
        {t('howMuch.remove', { name })}
      </button>
    </fieldset>
  );
}

export function HowMuchPart() {
  const { t, i18n } = useTranslation('frame');
  const frame = useFrame();
  const total = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' }).format(
    budgetTotal(frame),
  );
  return (
    <FramePart part="howMuch" title={t('parts.howMuch')}>
      {frame.budget.map((line, index) => (
        <BudgetRow key={line.id} line={line} number={index + 1} />
      ))}
      <p className="frame__total">{t('howMuch.total', { total })}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => execute(addFrameItem({ list: 'budget', item: { id: newId(), item: '' } }))}
      >
        {t('howMuch.add')}
      </button>
    </FramePart>
  );
}

function ObjectiveRow({ objective, number }: { objective: Objective; number: number }) {
  const { t } = useTranslation('frame');
  const change = (changes: Partial<Omit<Objective, 'id'>>) =>
    execute(updateFrameItem({ list: 'objectives', id: objective.id, changes }));
  const name = objective.objective.trim() || t('why.objectiveNumber', { number });
  return (
    <fieldset className="frame__row">
      <legend>{name}</legend>
      <TextField
        label={t('why.objective')}
        value={objective.objective}
        onChange={(value) => change({ objective: value })}
      />
      <TextField
        label={t('why.indicator')}
        help={t('why.indicatorHelp')}
        value={objective.indicator}
        onChange={(indicator) => change({ indicator })}
      />
      <TextField
        label={t('why.target')}
        value={objective.target}
        onChange={(target) => change({ target })}
      />
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => execute(removeFrameItem({ list: 'objectives', id: objective.id }))}
      >
        {t('why.remove', { name })}
      </button>
    </fieldset>
  );
}

export function WhyPart() {
  const { t } = useTranslation('frame');
  const { objectives } = useFrame();
  return (
    <FramePart part="why" title={t('parts.why')}>
      {objectives.map((objective, index) => (
        <ObjectiveRow key={objective.id} objective={objective} number={index + 1} />
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          execute(
            addFrameItem({
              list: 'objectives',
              item: { id: newId(), objective: '', indicator: '', target: '' },
            }),
          )
        }
      >
        {t('why.add')}
      </button>
    </FramePart>
  );
}
