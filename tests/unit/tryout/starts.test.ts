import { describe, expect, it } from 'vitest';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { startEvents } from '../../../src/domain/process/paths';
import { startRun } from '../../../src/domain/tryout/run';
import { flow, node } from './support';

// A request comes online or by post: one of the two, never both.
const graph: ProcessGraph = {
  elements: [
    node('online', 'start', { statusId: 's-online' }),
    node('post', 'start', { statusId: 's-post' }),
    node('scan', 'task'),
    node('check', 'task'),
    node('inner', 'start', { parentId: 'sub' }),
    node('end', 'end'),
  ],
  flows: [
    flow('online', 'check'),
    flow('post', 'scan'),
    flow('scan', 'check'),
    flow('check', 'end'),
  ],
};

describe('several start events', () => {
  it('are listed in the order of the diagram, those of sub-processes aside', () => {
    expect(startEvents(graph).map((start) => start.id)).toEqual(['online', 'post']);
  });

  it('are alternatives: the request starts at the one given', () => {
    const run = startRun(graph, 'post');
    expect(run.tokens.map((token) => token.elementId)).toEqual(['scan']);
    expect(run.stops.map((stop) => stop.statusId)).toEqual(['s-post']);
  });

  it('start at the first when none is given, or one that is not a start event', () => {
    for (const run of [startRun(graph), startRun(graph, 'scan'), startRun(graph, 'inner')]) {
      expect(run.tokens.map((token) => token.elementId)).toEqual(['check']);
      expect(run.stops.map((stop) => stop.statusId)).toEqual(['s-online']);
    }
  });

  it('leave a process without start events starting from what nothing leads to', () => {
    const loose: ProcessGraph = {
      elements: [node('a', 'task'), node('b', 'task'), node('end', 'end')],
      flows: [flow('a', 'end'), flow('b', 'end')],
    };
    expect(startEvents(loose)).toEqual([]);
    expect(startRun(loose, 'a').tokens.map((token) => token.elementId)).toEqual(['a', 'b']);
  });
});
