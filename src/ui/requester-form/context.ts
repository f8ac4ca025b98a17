import { createContext, useContext } from 'react';

export interface RendererContextValue {
  /** The DOM id of the box holding an answer, from its path ("<id>", "<id>.<part>"…). */
  idFor(path: string): string;
}

export const RendererContext = createContext<RendererContextValue>({
  idFor: (path) => `rf-${path}`,
});

export function useRenderer(): RendererContextValue {
  return useContext(RendererContext);
}

/** A path made safe as a DOM id. */
export function domId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
