import { useTranslation } from '../i18n/useTranslation';
import type { SignoffCheck } from '../../domain/review/verify';
import { tamperProblemMessage } from './messages';
import './signoffs.css';

/** Says loudly, and precisely, what does not match in a signed file. */
export function TamperAlert({ check }: { check: SignoffCheck }) {
  const { t } = useTranslation('signoffs');
  const signoffs = check.signoffs.map((status) => status.signoff);
  return (
    <div className="banner banner--error tamper-alert" role="alert">
      <h2 className="banner__title">{t('tampered.title')}</h2>
      <p>{t('tampered.body')}</p>
      <h3 className="tamper-alert__problems">{t('tampered.problems')}</h3>
      <ul>
        {check.problems.map((problem, index) => (
          <li key={index}>{tamperProblemMessage(problem, signoffs, t)}</li>
        ))}
      </ul>
    </div>
  );
}
