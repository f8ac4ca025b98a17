import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { partLabelKey } from '../../domain/going-further/namespace';
import { useLoaded } from '../../ui/useLoaded';
import './goingFurther.css';
import './i18n';
import { goingFurtherParts, type GoingFurtherPartUi } from './parts';
import { loadAllStrings } from './strings';

const storageKey = 'fabrik:going-further-part';

/** The part shown last in this browser (session state, never exported), the first one otherwise. */
function initialPart(): string {
  try {
    const stored = sessionStorage.getItem(storageKey);
    if (goingFurtherParts.some((part) => part.id === stored)) return stored!;
  } catch {
    // Without storage, every visit opens the first part.
  }
  return goingFurtherParts[0]!.id;
}

function PartScreen({ part }: { part: GoingFurtherPartUi }) {
  const { t } = useTranslation('goingFurther');
  const loaded = useLoaded(part.screen);
  if (!loaded) return <p role="status">{t('loading')}</p>;
  const Screen = loaded.default;
  return <Screen />;
}

/**
 * « Pour aller plus loin »: after the approval, one part at a time (operations and RACI,
 * calendar, launch…), chosen in a sub-navigation; every part saves as it is edited.
 */
export default function GoingFurtherScreen() {
  const { t } = useTranslation('goingFurther');
  const strings = useLoaded(loadAllStrings);
  const [current, setCurrent] = useState(initialPart);
  const choose = (id: string) => {
    setCurrent(id);
    try {
      sessionStorage.setItem(storageKey, id);
    } catch {
      // The choice then lasts until the screen is left.
    }
  };
  const part = goingFurtherParts.find((candidate) => candidate.id === current)!;
  return (
    <section className="page going-further">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {strings === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <nav className="going-further__nav" aria-label={t('parts')}>
            <ul>
              {goingFurtherParts.map(({ id }) => (
                <li key={id}>
                  <button
                    type="button"
                    className="going-further__tab"
                    aria-current={id === current ? 'true' : undefined}
                    onClick={() => choose(id)}
                  >
                    {t(partLabelKey(id))}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <PartScreen key={part.id} part={part} />
        </>
      )}
    </section>
  );
}
