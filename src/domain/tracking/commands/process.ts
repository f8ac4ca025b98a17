import { CommandRefusedError, defineCommand } from '../../commands';

/**
 * Sets the process XML after the tracking step changed which status a step sets (the
 * XML is rewritten asynchronously by `updateFabrikAttributes`; this applies the result).
 * Refused if the process changed meanwhile, so a slower rewrite never overwrites an edit.
 */
export const setStepStatusesXml = defineCommand(
  'setStepStatusesXml',
  (prototype, { fromXml, xml }: { fromXml: string; xml: string }) => {
    if (prototype.process.bpmnXml !== fromXml) {
      throw new CommandRefusedError('tracking:errors.processChanged');
    }
    if (xml === fromXml) return prototype;
    return { ...prototype, process: { ...prototype.process, bpmnXml: xml } };
  },
);
