import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../src/domain/bundle/schemaProblems';
import { defaultStatusIds, defaultTracking } from '../../../src/domain/tracking/defaults';
import { trackingSchema } from '../../../src/domain/tracking/schema';
import { checkTemplate } from '../../../src/domain/tracking/templateChecks';

describe('trackingSchema', () => {
  it('accepts the defaults, whose messages are all valid', () => {
    const tracking = defaultTracking();
    expect(trackingSchema.parse(tracking)).toEqual(tracking);
    for (const message of tracking.messages) {
      const context = { fields: [], hasReasons: message.reasons.length > 0 };
      expect(checkTemplate(message.subject + message.body, context)).toEqual([]);
    }
  });

  it('keeps the status ids the default process refers to', () => {
    expect(defaultTracking().statuses.map((status) => status.id)).toEqual(
      Object.values(defaultStatusIds),
    );
  });

  it('says precisely what is wrong in an imported tracking', () => {
    const tracking = defaultTracking();
    const broken = {
      ...tracking,
      code: { ...tracking.code, alphabet: 'ABA' },
      statuses: [...tracking.statuses, { ...tracking.statuses[0] }],
      messages: [{ ...tracking.messages[0], statusId: 'status-nowhere' }],
    };
    const result = trackingSchema.safeParse(broken);
    if (result.success) throw new Error('Expected a failure.');
    expect(schemaProblems(result.error, broken)).toEqual([
      { path: 'code.alphabet', issue: { kind: 'rule' } },
      { path: 'statuses[7].id', issue: { kind: 'rule' } },
      { path: 'messages[0].statusId', issue: { kind: 'rule' } },
    ]);
  });
});
