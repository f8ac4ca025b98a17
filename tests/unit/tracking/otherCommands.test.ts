import { describe, expect, it } from 'vitest';
import {
  addMessage,
  deleteMessage,
  setMessageChannel,
  setMessageReasons,
  setMessageText,
} from '../../../src/domain/tracking/commands/messages';
import { setStepStatusesXml } from '../../../src/domain/tracking/commands/process';
import { updateCodeFormat, updateCommitment } from '../../../src/domain/tracking/commands/settings';
import { defaultStatusIds } from '../../../src/domain/tracking/defaults';
import { updateFabrikAttributes } from '../../../src/domain/process/updateAttributes';
import { doUndoRedo, processGraph, processXml, prototypeWithProcess } from './support';

const message = (p: ReturnType<typeof prototypeWithProcess>, id: string) =>
  p.tracking.messages.find((m) => m.id === id);

describe('message commands', () => {
  it('addMessage adds a message on a status, with placeholders stored by id', () => {
    const before = prototypeWithProcess();
    const { after, undone, redone } = doUndoRedo(
      before,
      addMessage({
        id: 'm-sms',
        statusId: defaultStatusIds.accepted,
        channel: 'sms',
        subject: '',
        body: 'Demande {{code_suivi}} acceptée, réponse envoyée à {{email}}',
      }),
    );
    expect(message(after, 'm-sms')?.body).toBe(
      'Demande {{builtin:trackingCode}} acceptée, réponse envoyée à {{field:f-email|email}}',
    );
    expect(message(undone, 'm-sms')).toBeUndefined();
    expect(redone.tracking).toBe(after.tracking);
  });

  it('setMessageText stores what was typed; undo restores the previous text', () => {
    const before = prototypeWithProcess();
    const { after, undone, redone } = doUndoRedo(
      before,
      setMessageText({
        messageId: 'message-accepted',
        part: 'subject',
        typed: 'Accord pour {{immatriculation}}',
      }),
    );
    expect(message(after, 'message-accepted')?.subject).toBe(
      'Accord pour {{field:f-plate|immatriculation}}',
    );
    expect(message(undone, 'message-accepted')?.subject).toBe(
      message(before, 'message-accepted')?.subject,
    );
    expect(redone.tracking).toBe(after.tracking);
  });

  it('setMessageChannel, setMessageReasons and deleteMessage do, undo and redo', () => {
    const before = prototypeWithProcess();
    for (const command of [
      setMessageChannel({ messageId: 'message-accepted', channel: 'letter' }),
      setMessageReasons({ messageId: 'message-waiting-documents', reasons: ['pièce périmée'] }),
      deleteMessage({ messageId: 'message-accepted' }),
    ]) {
      const { after, undone, redone } = doUndoRedo(before, command);
      expect(after.tracking).not.toBe(before.tracking);
      expect(undone.tracking).toBe(before.tracking);
      expect(redone.tracking).toBe(after.tracking);
    }
  });
});

describe('settings commands', () => {
  it('updateCodeFormat changes the format and refuses an invalid alphabet', () => {
    const before = prototypeWithProcess();
    const { after, undone } = doUndoRedo(before, updateCodeFormat({ patch: { length: 10 } }));
    expect(after.tracking.code.length).toBe(10);
    expect(undone.tracking.code.length).toBe(8);
    expect(() => updateCodeFormat({ patch: { alphabet: 'AAB' } }).apply(before)).toThrow(
      'tracking:errors.invalidCodeFormat',
    );
    expect(() => updateCodeFormat({ patch: { alphabet: 'abc' } }).apply(before)).toThrow();
  });

  it('updateCommitment changes the response time; undo restores it', () => {
    const before = prototypeWithProcess();
    const { after, undone, redone } = doUndoRedo(
      before,
      updateCommitment({ patch: { days: 30, silence: 'acceptance', silenceAfterDays: 60 } }),
    );
    expect(after.tracking.commitment).toMatchObject({ days: 30, silence: 'acceptance' });
    expect(undone.tracking.commitment.days).toBeNull();
    expect(redone.tracking).toBe(after.tracking);
    expect(() => updateCommitment({ patch: { days: -1 } }).apply(before)).toThrow(
      'tracking:errors.invalidCommitment',
    );
  });
});

describe('setStepStatusesXml', () => {
  it('applies the XML rewritten with a step’s new status; undo restores the old XML', async () => {
    const before = prototypeWithProcess();
    const rewritten = await updateFabrikAttributes(processXml, [
      { elementId: 'Archive', attributes: { statusId: defaultStatusIds.accepted } },
    ]);
    if (!rewritten.ok) throw new Error(rewritten.error);
    const { after, undone, redone } = doUndoRedo(
      before,
      setStepStatusesXml({ fromXml: processXml, xml: rewritten.xml }),
    );
    const archive = (await processGraph(after.process.bpmnXml)).elements.find(
      (e) => e.id === 'Archive',
    );
    expect(archive?.statusId).toBe(defaultStatusIds.accepted);
    expect(undone.process.bpmnXml).toBe(processXml);
    expect(redone.process.bpmnXml).toBe(rewritten.xml);
  });

  it('refuses an XML computed from a process that has changed since', () => {
    const before = prototypeWithProcess();
    expect(() => setStepStatusesXml({ fromXml: 'older', xml: 'x' }).apply(before)).toThrow(
      'tracking:errors.processChanged',
    );
  });
});
