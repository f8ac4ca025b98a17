import { act, render, screen } from '@testing-library/react';
import { memo, useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { registerTranslations, setLanguage } from '../../../src/ui/i18n/i18n';
import { useTranslation } from '../../../src/ui/i18n/useTranslation';

registerTranslations('testGreeting', { fr: { hello: 'Bonjour' }, en: { hello: 'Hello' } });
registerTranslations('testOther', { fr: { bye: 'Au revoir' }, en: { bye: 'Goodbye' } });

afterEach(() => act(() => setLanguage('fr')));

/** Says its strings, and how many times it has been given a new `t`. */
const Greeting = memo(function Greeting({ seen }: { seen: unknown[] }) {
  const { t } = useTranslation(['testGreeting', 'testOther']);
  useEffect(() => void seen.push(t), [t, seen]);
  return (
    <p>
      {t('hello')} · {t('testOther:bye')}
    </p>
  );
});

describe('the translation hook', () => {
  it('says a feature’s strings in the interface’s language, and follows a change of it', () => {
    const seen: unknown[] = [];
    render(<Greeting seen={seen} />);
    expect(screen.getByText('Bonjour · Au revoir')).toBeInTheDocument();

    act(() => setLanguage('en'));
    expect(screen.getByText('Hello · Goodbye')).toBeInTheDocument();
    // Components that depend on `t` (memoized values, effects) see it change.
    expect(seen).toHaveLength(2);
  });

  it('gives every component the same `t` for a namespace while the language holds', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    render(
      <>
        <Greeting seen={first} />
        <Greeting seen={second} />
      </>,
    );
    expect(first[0]).toBe(second[0]);
  });
});
