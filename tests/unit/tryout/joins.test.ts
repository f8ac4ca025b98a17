import { describe, expect, it } from 'vitest';
import { completeStep, isRunOver, startRun, type TryoutRun } from '../../../src/domain/tryout/run';
import { flow, node, splitAndJoin, tokenOn } from './support';

// start → split → a | b → join → end; completing "a" also sends a token round "again",
// which leads back to "a": the same flow a → join can then bring a second token.
const graph = splitAndJoin({
  settings: { a: { delayDays: 2 }, b: { delayDays: 10 } },
  more: {
    elements: [node('again', 'task', { delayDays: 1 })],
    flows: [flow('a', 'again'), flow('again', 'a')],
  },
});

const complete = (run: TryoutRun, elementId: string) =>
  completeStep(graph, run, tokenOn(run, elementId).id);

describe('parallel joins', () => {
  it('wait for every incoming flow, not for as many tokens as flows', () => {
    let run = complete(startRun(graph), 'a');
    run = complete(run, 'again');
    run = complete(run, 'a');
    // Twice along a → join, never along b → join: still waiting.
    expect(run.log.filter((entry) => entry.kind === 'ended')).toEqual([]);
    expect(run.joins).toEqual({
      join: [
        { flowId: 'a-join', day: 2 },
        { flowId: 'a-join', day: 5 },
      ],
    });
    run = complete(run, 'b');
    // One token of each flow goes on, from the latest of them; the second from "a" waits.
    expect(run.log.filter((entry) => entry.kind === 'ended')).toEqual([
      { kind: 'ended', elementId: 'end', day: 10 },
    ]);
    expect(run.joins).toEqual({ join: [{ flowId: 'a-join', day: 5 }] });
    expect(isRunOver(run)).toBe(false);
  });

  it('go on with a run stored when joins kept only the days of arrival', () => {
    // Stored by the earlier version: "a" had arrived at the join on day 2.
    const started = startRun(graph);
    const stored: TryoutRun = {
      tokens: [tokenOn(started, 'b'), { id: 'token-9', elementId: 'again', day: 2 }],
      joins: { join: [2] },
      stops: [],
      log: [{ kind: 'done', elementId: 'a', day: 2 }],
      nextTokenId: 10,
    };
    const run = complete(JSON.parse(JSON.stringify(stored)) as TryoutRun, 'b');
    expect(run.log.at(-1)).toEqual({ kind: 'ended', elementId: 'end', day: 10 });
    expect(run.joins).toEqual({});
    expect(run.tokens.map((token) => token.elementId)).toEqual(['again']);
    expect(isRunOver(complete(stored, 'again'))).toBe(false);
  });
});
