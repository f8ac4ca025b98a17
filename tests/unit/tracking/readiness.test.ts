import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { defaultStatusIds } from '../../../src/domain/tracking/defaults';
import { isTrackingStarted } from '../../../src/domain/tracking/progress';
import { trackingReadiness } from '../../../src/domain/tracking/readiness';
import type { Commitment } from '../../../src/domain/tracking/schema';
import { prototypeWithProcess } from './support';

const keys = async (prototype: Prototype) =>
  (await trackingReadiness(prototype, { today: new Date(2026, 10, 23) })).map(
    (issue) => `${issue.severity} ${issue.messageKey.replace('tracking:readiness.', '')}`,
  );

function withTracking(prototype: Prototype, patch: Partial<Prototype['tracking']>): Prototype {
  return { ...prototype, tracking: { ...prototype.tracking, ...patch } };
}

/** The default messages give no date: these are given one, as a team would. */
function withDates(prototype: Prototype, ids: string[]): Prototype {
  const messages = prototype.tracking.messages.map((message) =>
    ids.includes(message.id)
      ? { ...message, body: `${message.body}\nRéponse le {{builtin:expectedDate}}.` }
      : message,
  );
  return withTracking(prototype, { messages });
}

describe('trackingReadiness', () => {
  it('on a new prototype, asks only for a response time: its default messages cause no warning', async () => {
    const prototype = createPrototype('X', new Date());
    expect(await trackingReadiness(prototype, { today: new Date(2026, 10, 23) })).toEqual([
      { step: 'tracking', messageKey: 'tracking:readiness.noCommitment', severity: 'warning' },
    ]);
  });

  it('asks for a process when there is none', async () => {
    const prototype = createPrototype('X', new Date());
    const empty = { ...prototype, process: { ...prototype.process, bpmnXml: '' } };
    expect(await keys(empty)).toEqual(['warning noCommitment', 'warning noProcess']);
  });

  it('lists statuses no step sets and steps with no status, with their names', async () => {
    const issues = await trackingReadiness(prototypeWithProcess(), {
      today: new Date(2026, 10, 23),
    });
    expect(issues).toContainEqual({
      step: 'tracking',
      messageKey: 'tracking:readiness.unsetStatus',
      severity: 'warning',
      params: { status: 'Classée sans suite' },
      target: { kind: 'status', id: defaultStatusIds.closed },
    });
    expect(issues).toContainEqual({
      step: 'tracking',
      messageKey: 'tracking:readiness.stepWithoutStatus',
      severity: 'warning',
      params: { step: 'Archiver' },
      target: { kind: 'process-element', id: 'Archive' },
    });
  });

  it('lists invalid messages and placeholders naming no field', async () => {
    const base = prototypeWithProcess();
    const messages = base.tracking.messages.map((message) =>
      message.id === 'message-accepted'
        ? { ...message, body: '<script>x</script> {{field:f-gone|telephone}} {{ville}}' }
        : message,
    );
    const issues = await keys(withTracking(base, { messages }));
    expect(issues).toEqual(
      expect.arrayContaining([
        'error invalidMessage',
        'error danglingPlaceholder',
        'error danglingPlaceholder',
      ]),
    );
    const params = (
      await trackingReadiness(withTracking(base, { messages }), { today: new Date(2026, 10, 23) })
    )
      .filter((issue) => issue.messageKey.endsWith('danglingPlaceholder'))
      .map((issue) => issue.params);
    expect(params).toEqual([
      { status: 'Acceptée', name: 'telephone' },
      { status: 'Acceptée', name: 'ville' },
    ]);
  });

  it('flags the paths that break the commitment, as an error, and an indication as a warning', async () => {
    const base = prototypeWithProcess();
    const promised = withTracking(base, { commitment: { ...base.tracking.commitment, days: 30 } });
    expect(await keys(promised)).toContain('error pathsBreakCommitment');
    const usual = withTracking(base, {
      commitment: { ...base.tracking.commitment, days: 30, kind: 'indication' },
    });
    expect(await keys(usual)).toContain('warning pathsExceedIndication');
  });

  it('warns, without blocking, of a message that gives a date the service does not promise', async () => {
    const base = withDates(prototypeWithProcess(), ['message-submitted', 'message-examining']);
    const commitment: Commitment = { ...base.tracking.commitment, days: 60 };
    const dated = async (patch: Partial<Commitment>) =>
      (
        await trackingReadiness(withTracking(base, { commitment: { ...commitment, ...patch } }), {
          today: new Date(2026, 10, 23),
        })
      )
        .filter((issue) => /date(UnderIndication|WithoutTime)$/.test(issue.messageKey))
        .map((issue) => ({ key: issue.messageKey, severity: issue.severity, ...issue.target }));

    expect(await dated({ kind: 'commitment' })).toEqual([]);
    expect(await dated({ kind: 'indication' })).toEqual([
      {
        key: 'tracking:readiness.dateUnderIndication',
        severity: 'warning',
        kind: 'message',
        id: 'message-submitted',
      },
      {
        key: 'tracking:readiness.dateUnderIndication',
        severity: 'warning',
        kind: 'message',
        id: 'message-examining',
      },
    ]);
    expect(await dated({ kind: 'indication', days: null })).toEqual([
      {
        key: 'tracking:readiness.dateWithoutTime',
        severity: 'warning',
        kind: 'message',
        id: 'message-submitted',
      },
      {
        key: 'tracking:readiness.dateWithoutTime',
        severity: 'warning',
        kind: 'message',
        id: 'message-examining',
      },
    ]);
  });

  it('counts a message that only gives an unpromised date as neither invalid nor dangling', async () => {
    const base = prototypeWithProcess();
    const messages = base.tracking.messages.map((message) =>
      message.id === 'message-accepted'
        ? { ...message, subject: 'Réponse vers le {{builtin:expectedDate}}' }
        : message,
    );
    const commitment = { ...base.tracking.commitment, kind: 'indication' as const, days: 60 };
    const issues = await trackingReadiness(withTracking(base, { messages, commitment }), {
      today: new Date(2026, 10, 23),
    });
    const aboutAccepted = issues.filter((issue) => issue.target?.id === 'message-accepted');
    expect(aboutAccepted).toEqual([
      {
        step: 'tracking',
        messageKey: 'tracking:readiness.dateUnderIndication',
        severity: 'warning',
        params: { status: 'Acceptée' },
        target: { kind: 'message', id: 'message-accepted' },
      },
    ]);
  });

  it('flags a confirmation answer whose field was deleted, and a guessable code', async () => {
    const base = prototypeWithProcess();
    const tracking = withTracking(base, {
      code: { length: 4, alphabet: 'AB', confirmFieldId: 'f-gone' },
    });
    expect(await keys(tracking)).toEqual(
      expect.arrayContaining(['error confirmFieldMissing', 'warning codeGuessable']),
    );
  });

  it('flags a final status only unreachable steps set', async () => {
    const base = prototypeWithProcess();
    const xml = base.process.bpmnXml.replace(
      '<bpmn:sequenceFlow id="F9" sourceRef="Decision" targetRef="Refused" />',
      '',
    );
    const issues = await keys({ ...base, process: { ...base.process, bpmnXml: xml } });
    expect(issues).toContain('error unreachableFinal');
  });
});

describe('isTrackingStarted', () => {
  it('is done once the response time is decided and the process sets statuses', () => {
    const base = prototypeWithProcess();
    expect(isTrackingStarted(base)).toBe(false);
    expect(
      isTrackingStarted(
        withTracking(base, { commitment: { ...base.tracking.commitment, days: 40 } }),
      ),
    ).toBe(true);
  });
});
