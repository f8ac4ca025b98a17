/**
 * Fabrik's moddle extension: what Fabrik adds to a BPMN element, stored in the XML in
 * Fabrik's own namespace so that other BPMN tools keep it and renaming or deleting an
 * element cannot leave a dangling reference. Shared by bpmn-js (the editor) and
 * bpmn-moddle (the rules, in Node and in the browser).
 */
export const FABRIK_BPMN_NAMESPACE = 'urn:fabrik:bpmn:1.0';

export const fabrikModdleDescriptor = {
  name: 'Fabrik',
  uri: FABRIK_BPMN_NAMESPACE,
  prefix: 'fabrik',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'FlowNodeAttributes',
      isAbstract: true,
      extends: ['bpmn:FlowNode'],
      properties: [
        /** The role (from the prototype's roles) that does this step. */
        { name: 'role', isAttr: true, type: 'String' },
        /** Time limit for this step, in working days. */
        { name: 'delayDays', isAttr: true, type: 'Real' },
        /** Id of the requester-visible status this step sets (tracking.statuses[].id). */
        { name: 'status', isAttr: true, type: 'String' },
      ],
    },
  ],
};
