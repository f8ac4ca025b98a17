import type { ComponentType } from 'react';

type Loader<T> = () => Promise<T>;

/** One part of « Pour aller plus loin »: its sub-folder's strings and screen. */
export interface GoingFurtherPartUi {
  /** Its key in the step's content, and in the address of its strings (`partNamespace`). */
  id: string;
  /** Its strings (namespace `goingFurther-<id>`, literal so that the key check reads it, with its `label`), small: loaded with the step. */
  strings: Loader<unknown>;
  /** Its screen, loaded when the part is first shown. */
  screen: Loader<{ default: ComponentType }>;
}

/**
 * The parts, in the order the sub-navigation shows them: a part is its sub-folder plus one
 * entry here. Loaders are module-level functions, as `useLoaded` requires.
 */
export const goingFurtherParts: readonly GoingFurtherPartUi[] = [
  {
    id: 'operations',
    strings: () => import('./operations/i18n'),
    screen: () => import('./operations/OperationsPart'),
  },
  {
    id: 'calendar',
    strings: () => import('./calendar/i18n'),
    screen: () => import('./calendar/CalendarPart'),
  },
  {
    id: 'production',
    strings: () => import('./production/i18n'),
    screen: () => import('./production/ProductionPart'),
  },
  {
    id: 'launch',
    strings: () => import('./launch/i18n'),
    screen: () => import('./launch/LaunchPart'),
  },
  {
    id: 'adoption',
    strings: () => import('./adoption/i18n'),
    screen: () => import('./adoption/AdoptionPart'),
  },
];
