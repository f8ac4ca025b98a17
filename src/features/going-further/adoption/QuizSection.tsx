import { useId, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { isRightAnswer, type QuizItem } from '../../../domain/going-further/adoption/quiz';

type Question = Extract<QuizItem, { kind: 'question' }>;

function QuizQuestion({
  item,
  checked,
  onCheck,
}: {
  item: Question;
  checked: boolean | undefined;
  onCheck: (right: boolean) => void;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const name = useId();
  const [chosen, setChosen] = useState<string>();
  const [missing, setMissing] = useState(false);
  const right = item.options.find((option) => option.correct);
  return (
    <fieldset className="adoption__question">
      <legend>{item.question}</legend>
      {item.options.map((option) => (
        <label key={option.id} className="adoption__option">
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={chosen === option.id}
            onChange={() => {
              setChosen(option.id);
              setMissing(false);
            }}
          />{' '}
          {option.text}
        </label>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          if (chosen === undefined) setMissing(true);
          else onCheck(isRightAnswer(item, chosen));
        }}
      >
        {t('quiz.check')}
      </button>
      <p aria-live="polite" className="adoption__feedback">
        {missing
          ? t('quiz.pick')
          : checked === undefined
            ? ''
            : checked
              ? t('quiz.right')
              : t('quiz.wrong', { answer: right?.text ?? '' })}
      </p>
    </fieldset>
  );
}

/** The role's quiz, answered on screen: each question says whether the answer was right. */
export function QuizSection({ role, items }: { role: string; items: readonly QuizItem[] }) {
  const { t } = useTranslation('goingFurther-adoption');
  const [results, setResults] = useState<Record<string, boolean>>({});
  const checked = Object.values(results);
  return (
    <section className="adoption__quiz" aria-labelledby="adoption-quiz">
      <h3 id="adoption-quiz">{t('quiz.title', { role })}</h3>
      <p className="field__help">{t('quiz.intro')}</p>
      {items.length === 0 && <p>{t('quiz.none')}</p>}
      {items.map((item) =>
        item.kind === 'note' ? (
          <p key={item.id} className="adoption__note">
            {item.text}
          </p>
        ) : (
          <QuizQuestion
            key={item.id}
            item={item}
            checked={results[item.id]}
            onCheck={(right) => setResults((current) => ({ ...current, [item.id]: right }))}
          />
        ),
      )}
      {checked.length > 0 && (
        <p role="status">
          {t('quiz.score', { right: checked.filter(Boolean).length, total: checked.length })}
        </p>
      )}
    </section>
  );
}
