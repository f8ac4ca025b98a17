import { createContext, useContext } from 'react';
import type { ReadProcess } from '../../state/processGraph';

export const ReadProcessContext = createContext<ReadProcess>({
  xml: '',
  state: 'empty',
  graph: null,
  shown: null,
});

/** The process as the tracking screen read it (one read for every panel). */
export function useReadProcess(): ReadProcess {
  return useContext(ReadProcessContext);
}
