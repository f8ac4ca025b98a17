import { act, render, renderHook, screen } from '@testing-library/react';
import { memo, useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, registerTranslations, setLanguage } from '../../../src/ui/i18n/i18n';
import { useTranslation } from '../../../src/ui/i18n/useTranslation';

registerTranslations('testGreeting', { fr: { hello: 'Bonjour' }, en: { hello: 'Hello' } });
registerTranslations('testOther', { fr: { bye: 'Au revoir' }, en: { bye: 'Goodbye' } });
// A namespace whose strings come in two parts, sharing a group (as a part's documents do).
registerTranslations('testParts', {
  fr: { screen: 'Écran', plan: { title: 'Plan' } },
  en: { screen: 'Screen', plan: { title: 'Plan' } },
});
registerTranslations('testParts', {
  fr: { plan: { case: 'Cas' } },
  en: { plan: { case: 'Case' } },
});
registerTranslations('testShapes', {
  fr: {
    filled: 'Bonjour {{name}}',
    nested: 'Voir $t(testShapes:group.leaf)',
    group: { leaf: 'la feuille' },
    item_one: 'un élément',
    item_other: '{{count}} éléments',
    empty: '',
  },
  en: {
    filled: 'Hello {{name}}',
    nested: 'See $t(testShapes:group.leaf)',
    group: { leaf: 'the leaf' },
    item_one: 'one item',
    item_other: '{{count}} items',
    empty: '',
  },
});

// Every module that registers strings (as tests/unit/i18n/keysExist.test.ts loads them).
const registering = import.meta.glob([
  '../../../src/**/i18n.ts',
  '../../../src/**/i18n/index.ts',
  '../../../src/ui/requester-form/readinessMessages.ts',
  '../../../src/ui/signoffs/trustI18n.ts',
]);

/** Every key of a namespace's strings that leads to a string, dotted. */
function stringKeys(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? stringKeys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** A value for each `{{…}}` of a string (a word, a number for a count), or none. */
function valuesFor(text: string): Record<string, string | number> | undefined {
  const names = [...text.matchAll(/\{\{-?\s*(\w+)[^}]*\}\}/g)].map((match) => match[1]!);
  if (names.length === 0) return undefined;
  return Object.fromEntries(names.map((name) => [name, name === 'count' ? 2 : `«${name}»`]));
}

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

  it('answers every key as i18next does, in both languages', async () => {
    await Promise.all(Object.values(registering).map((load) => load()));
    for (const language of ['fr', 'en'] as const) {
      act(() => setLanguage(language));
      for (const [namespace, strings] of Object.entries(i18n.store.data[language]!)) {
        const { t } = renderHook(() => useTranslation(namespace)).result.current;
        const reference = i18n.getFixedT(language, namespace);
        for (const key of stringKeys(strings as object)) {
          expect(t(key), key).toBe(reference(key));
          const values = valuesFor(i18n.getResource(language, namespace, key) as string);
          if (values) expect(t(key, values), key).toBe(reference(key, values));
        }
      }
    }
  });

  it('keeps every part of a namespace registered in parts, and leaves the parts as given', () => {
    const first = { fr: { only: { kept: 'gardé' } }, en: { only: { kept: 'kept' } } };
    registerTranslations('testGiven', first);
    registerTranslations('testGiven', {
      fr: { only: { added: 'ajouté' } },
      en: { only: { added: 'added' } },
    });
    expect(first.fr.only).toEqual({ kept: 'gardé' });
    const { t } = renderHook(() => useTranslation('testParts')).result.current;
    expect([t('screen'), t('plan.title'), t('plan.case')]).toEqual(['Écran', 'Plan', 'Cas']);
    act(() => setLanguage('en'));
    const english = renderHook(() => useTranslation('testParts')).result.current.t;
    expect([english('screen'), english('plan.title'), english('plan.case')]).toEqual([
      'Screen',
      'Plan',
      'Case',
    ]);
    const given = renderHook(() => useTranslation('testGiven')).result.current.t;
    expect([given('only.kept'), given('only.added')]).toEqual(['kept', 'added']);
  });

  it('leaves to i18next what is not a plain string: placeholders, nesting, plurals, objects, other namespaces', () => {
    const { t } = renderHook(() => useTranslation('testShapes')).result.current;
    expect(t('filled', { name: 'Ada' })).toBe('Bonjour Ada');
    expect(t('filled', { name: 7 })).toBe('Bonjour 7');
    expect(t('filled', { other: 'Ada' })).toBe(
      i18n.getFixedT('fr', 'testShapes')('filled', { other: 'Ada' }),
    );
    expect(t('nested')).toBe('Voir la feuille');
    expect(t('item', { count: 3 })).toBe('3 éléments');
    expect(t('group.leaf')).toBe('la feuille');
    expect(t('empty')).toBe('');
    expect(t('testOther:bye')).toBe('Au revoir');
    const reference = i18n.getFixedT('fr', 'testShapes');
    for (const key of ['filled', 'item', 'group', 'missing.key'])
      expect(t(key)).toBe(reference(key));
  });
});
