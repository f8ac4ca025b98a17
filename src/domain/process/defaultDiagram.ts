import { defaultStatusIds } from '../tracking/defaults';
import { FABRIK_BPMN_NAMESPACE } from './fabrikModdle';

/** Roles of the default process, offered in the side panel from the start. */
export const defaultRoles = ['Demandeur', 'Agent instructeur', 'Responsable du service'];

const [requester, agent, head] = defaultRoles as [string, string, string];
const status = defaultStatusIds;

/**
 * The default processing flow of an e-service, laid out in a pool with a lane for the
 * requester and one for the agents: submitted → completeness check (with its loop for
 * missing documents, closed without follow-up when they never come) → examination →
 * decision → notification → done. A starting point
 * the workshop edits; it passes bpmnlint's recommended rules and Fabrik's own. Laid out
 * compactly (two rows, 953×400 units) so that at 1280×720 it is seen whole with labels of
 * 12 px or more, and of 18 px or more in presentation mode. Moving a shape changes the
 * fingerprint: keep the old one in `EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS`.
 */
export const defaultDiagramXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fabrik="${FABRIK_BPMN_NAMESPACE}" id="Definitions_Fabrik" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Fabrik" exporterVersion="1">
  <bpmn:collaboration id="Collaboration_Processing">
    <bpmn:participant id="Participant_Service" name="Traitement de la demande" processRef="Process_Processing" />
  </bpmn:collaboration>
  <bpmn:process id="Process_Processing" isExecutable="false">
    <bpmn:laneSet id="LaneSet_Processing">
      <bpmn:lane id="Lane_Requester" name="Demandeur">
        <bpmn:flowNodeRef>StartEvent_Submitted</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>EndEvent_Accepted</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>EndEvent_Refused</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_Agents" name="Agents">
        <bpmn:flowNodeRef>Gateway_Join</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_CheckCompleteness</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Gateway_Complete</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_RequestDocuments</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Gateway_DocumentsWait</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Event_DocumentsReceived</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Event_DocumentsLate</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_Close</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>EndEvent_Closed</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_Examine</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_Decide</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Gateway_Decision</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_NotifyAcceptance</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_NotifyRefusal</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="StartEvent_Submitted" name="Demande déposée" fabrik:role="${requester}" fabrik:status="${status.submitted}">
      <bpmn:outgoing>Flow_Submitted</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:exclusiveGateway id="Gateway_Join">
      <bpmn:incoming>Flow_Submitted</bpmn:incoming>
      <bpmn:incoming>Flow_Received</bpmn:incoming>
      <bpmn:outgoing>Flow_ToCheck</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:userTask id="Task_CheckCompleteness" name="Vérifier la complétude du dossier" fabrik:role="${agent}" fabrik:delayDays="5" fabrik:status="${status.checking}">
      <bpmn:documentation>Toutes les pièces demandées sont-elles là, lisibles et à jour ?</bpmn:documentation>
      <bpmn:incoming>Flow_ToCheck</bpmn:incoming>
      <bpmn:outgoing>Flow_Checked</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="Gateway_Complete" name="Dossier complet ?">
      <bpmn:incoming>Flow_Checked</bpmn:incoming>
      <bpmn:outgoing>Flow_Complete</bpmn:outgoing>
      <bpmn:outgoing>Flow_Incomplete</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:sendTask id="Task_RequestDocuments" name="Demander les pièces manquantes" fabrik:role="${agent}" fabrik:delayDays="2" fabrik:status="${status.waitingDocuments}">
      <bpmn:incoming>Flow_Incomplete</bpmn:incoming>
      <bpmn:outgoing>Flow_Requested</bpmn:outgoing>
    </bpmn:sendTask>
    <bpmn:eventBasedGateway id="Gateway_DocumentsWait" name="En attente des pièces">
      <bpmn:incoming>Flow_Requested</bpmn:incoming>
      <bpmn:outgoing>Flow_WaitReceived</bpmn:outgoing>
      <bpmn:outgoing>Flow_WaitLate</bpmn:outgoing>
    </bpmn:eventBasedGateway>
    <bpmn:intermediateCatchEvent id="Event_DocumentsReceived" name="Pièces reçues" fabrik:role="${agent}">
      <bpmn:incoming>Flow_WaitReceived</bpmn:incoming>
      <bpmn:outgoing>Flow_Received</bpmn:outgoing>
      <bpmn:messageEventDefinition id="MessageEventDefinition_Documents" />
    </bpmn:intermediateCatchEvent>
    <bpmn:intermediateCatchEvent id="Event_DocumentsLate" name="Pas de réponse sous 30 jours" fabrik:delayDays="30">
      <bpmn:incoming>Flow_WaitLate</bpmn:incoming>
      <bpmn:outgoing>Flow_Late</bpmn:outgoing>
      <bpmn:timerEventDefinition id="TimerEventDefinition_Documents">
        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration>
      </bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sendTask id="Task_Close" name="Classer la demande sans suite" fabrik:role="${agent}" fabrik:delayDays="2" fabrik:status="${status.closed}">
      <bpmn:incoming>Flow_Late</bpmn:incoming>
      <bpmn:outgoing>Flow_ClosedSent</bpmn:outgoing>
    </bpmn:sendTask>
    <bpmn:userTask id="Task_Examine" name="Instruire la demande" fabrik:role="${agent}" fabrik:delayDays="15" fabrik:status="${status.examining}">
      <bpmn:incoming>Flow_Complete</bpmn:incoming>
      <bpmn:outgoing>Flow_Examined</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:userTask id="Task_Decide" name="Prendre la décision" fabrik:role="${head}" fabrik:delayDays="5" fabrik:status="${status.examining}">
      <bpmn:incoming>Flow_Examined</bpmn:incoming>
      <bpmn:outgoing>Flow_Decided</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="Gateway_Decision" name="Décision">
      <bpmn:incoming>Flow_Decided</bpmn:incoming>
      <bpmn:outgoing>Flow_Accepted</bpmn:outgoing>
      <bpmn:outgoing>Flow_Refused</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:sendTask id="Task_NotifyAcceptance" name="Notifier l’acceptation au demandeur" fabrik:role="${agent}" fabrik:delayDays="2" fabrik:status="${status.accepted}">
      <bpmn:incoming>Flow_Accepted</bpmn:incoming>
      <bpmn:outgoing>Flow_AcceptanceSent</bpmn:outgoing>
    </bpmn:sendTask>
    <bpmn:sendTask id="Task_NotifyRefusal" name="Notifier le refus motivé au demandeur" fabrik:role="${agent}" fabrik:delayDays="2" fabrik:status="${status.refused}">
      <bpmn:documentation>La décision de refus indique ses motifs et les voies de recours.</bpmn:documentation>
      <bpmn:incoming>Flow_Refused</bpmn:incoming>
      <bpmn:outgoing>Flow_RefusalSent</bpmn:outgoing>
    </bpmn:sendTask>
    <bpmn:endEvent id="EndEvent_Accepted" name="Demande acceptée">
      <bpmn:incoming>Flow_AcceptanceSent</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:endEvent id="EndEvent_Refused" name="Demande refusée">
      <bpmn:incoming>Flow_RefusalSent</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:endEvent id="EndEvent_Closed" name="Demande classée sans suite">
      <bpmn:incoming>Flow_ClosedSent</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_Submitted" sourceRef="StartEvent_Submitted" targetRef="Gateway_Join" />
    <bpmn:sequenceFlow id="Flow_ToCheck" sourceRef="Gateway_Join" targetRef="Task_CheckCompleteness" />
    <bpmn:sequenceFlow id="Flow_Checked" sourceRef="Task_CheckCompleteness" targetRef="Gateway_Complete" />
    <bpmn:sequenceFlow id="Flow_Complete" name="Oui" sourceRef="Gateway_Complete" targetRef="Task_Examine" />
    <bpmn:sequenceFlow id="Flow_Incomplete" name="Non" sourceRef="Gateway_Complete" targetRef="Task_RequestDocuments" />
    <bpmn:sequenceFlow id="Flow_Requested" sourceRef="Task_RequestDocuments" targetRef="Gateway_DocumentsWait" />
    <bpmn:sequenceFlow id="Flow_WaitReceived" sourceRef="Gateway_DocumentsWait" targetRef="Event_DocumentsReceived" />
    <bpmn:sequenceFlow id="Flow_WaitLate" sourceRef="Gateway_DocumentsWait" targetRef="Event_DocumentsLate" />
    <bpmn:sequenceFlow id="Flow_Late" sourceRef="Event_DocumentsLate" targetRef="Task_Close" />
    <bpmn:sequenceFlow id="Flow_ClosedSent" sourceRef="Task_Close" targetRef="EndEvent_Closed" />
    <bpmn:sequenceFlow id="Flow_Received" sourceRef="Event_DocumentsReceived" targetRef="Gateway_Join" />
    <bpmn:sequenceFlow id="Flow_Examined" sourceRef="Task_Examine" targetRef="Task_Decide" />
    <bpmn:sequenceFlow id="Flow_Decided" sourceRef="Task_Decide" targetRef="Gateway_Decision" />
    <bpmn:sequenceFlow id="Flow_Accepted" name="Acceptée" sourceRef="Gateway_Decision" targetRef="Task_NotifyAcceptance" />
    <bpmn:sequenceFlow id="Flow_Refused" name="Refusée" sourceRef="Gateway_Decision" targetRef="Task_NotifyRefusal" />
    <bpmn:sequenceFlow id="Flow_AcceptanceSent" sourceRef="Task_NotifyAcceptance" targetRef="EndEvent_Accepted" />
    <bpmn:sequenceFlow id="Flow_RefusalSent" sourceRef="Task_NotifyRefusal" targetRef="EndEvent_Refused" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_Processing">
    <bpmndi:BPMNPlane id="BPMNPlane_Processing" bpmnElement="Collaboration_Processing">
      <bpmndi:BPMNShape id="Participant_Service_di" bpmnElement="Participant_Service" isHorizontal="true">
        <dc:Bounds x="160" y="80" width="953" height="400" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Requester_di" bpmnElement="Lane_Requester" isHorizontal="true">
        <dc:Bounds x="190" y="80" width="923" height="110" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Agents_di" bpmnElement="Lane_Agents" isHorizontal="true">
        <dc:Bounds x="190" y="190" width="923" height="290" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="StartEvent_Submitted_di" bpmnElement="StartEvent_Submitted">
        <dc:Bounds x="247" y="127" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="290" y="136" width="140" height="19" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_Join_di" bpmnElement="Gateway_Join" isMarkerVisible="true">
        <dc:Bounds x="240" y="250" width="50" height="50" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_CheckCompleteness_di" bpmnElement="Task_CheckCompleteness">
        <dc:Bounds x="320" y="235" width="110" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_Complete_di" bpmnElement="Gateway_Complete" isMarkerVisible="true">
        <dc:Bounds x="460" y="250" width="50" height="50" />
        <bpmndi:BPMNLabel><dc:Bounds x="440" y="206" width="90" height="38" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_RequestDocuments_di" bpmnElement="Task_RequestDocuments">
        <dc:Bounds x="425" y="360" width="120" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_DocumentsWait_di" bpmnElement="Gateway_DocumentsWait">
        <dc:Bounds x="350" y="375" width="50" height="50" />
        <bpmndi:BPMNLabel><dc:Bounds x="320" y="330" width="110" height="38" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Event_DocumentsReceived_di" bpmnElement="Event_DocumentsReceived">
        <dc:Bounds x="247" y="382" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="220" y="422" width="90" height="38" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Event_DocumentsLate_di" bpmnElement="Event_DocumentsLate">
        <dc:Bounds x="577" y="382" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="535" y="320" width="120" height="38" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Close_di" bpmnElement="Task_Close">
        <dc:Bounds x="645" y="360" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_Closed_di" bpmnElement="EndEvent_Closed">
        <dc:Bounds x="782" y="382" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="735" y="422" width="130" height="38" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Examine_di" bpmnElement="Task_Examine">
        <dc:Bounds x="550" y="235" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Decide_di" bpmnElement="Task_Decide">
        <dc:Bounds x="680" y="235" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_Decision_di" bpmnElement="Gateway_Decision" isMarkerVisible="true">
        <dc:Bounds x="810" y="250" width="50" height="50" />
        <bpmndi:BPMNLabel><dc:Bounds x="795" y="225" width="80" height="19" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_NotifyAcceptance_di" bpmnElement="Task_NotifyAcceptance">
        <dc:Bounds x="930" y="235" width="120" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_NotifyRefusal_di" bpmnElement="Task_NotifyRefusal">
        <dc:Bounds x="930" y="360" width="120" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_Accepted_di" bpmnElement="EndEvent_Accepted">
        <dc:Bounds x="972" y="127" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="945" y="86" width="90" height="38" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_Refused_di" bpmnElement="EndEvent_Refused">
        <dc:Bounds x="1057" y="127" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="1030" y="86" width="90" height="38" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_Submitted_di" bpmnElement="Flow_Submitted">
        <di:waypoint x="265" y="163" />
        <di:waypoint x="265" y="250" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_ToCheck_di" bpmnElement="Flow_ToCheck">
        <di:waypoint x="290" y="275" />
        <di:waypoint x="320" y="275" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Checked_di" bpmnElement="Flow_Checked">
        <di:waypoint x="430" y="275" />
        <di:waypoint x="460" y="275" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Complete_di" bpmnElement="Flow_Complete">
        <di:waypoint x="510" y="275" />
        <di:waypoint x="550" y="275" />
        <bpmndi:BPMNLabel><dc:Bounds x="515" y="254" width="30" height="19" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Incomplete_di" bpmnElement="Flow_Incomplete">
        <di:waypoint x="485" y="300" />
        <di:waypoint x="485" y="360" />
        <bpmndi:BPMNLabel><dc:Bounds x="492" y="320" width="30" height="19" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Requested_di" bpmnElement="Flow_Requested">
        <di:waypoint x="425" y="400" />
        <di:waypoint x="400" y="400" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_WaitReceived_di" bpmnElement="Flow_WaitReceived">
        <di:waypoint x="350" y="400" />
        <di:waypoint x="283" y="400" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_WaitLate_di" bpmnElement="Flow_WaitLate">
        <di:waypoint x="375" y="425" />
        <di:waypoint x="375" y="455" />
        <di:waypoint x="595" y="455" />
        <di:waypoint x="595" y="418" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Late_di" bpmnElement="Flow_Late">
        <di:waypoint x="613" y="400" />
        <di:waypoint x="645" y="400" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_ClosedSent_di" bpmnElement="Flow_ClosedSent">
        <di:waypoint x="745" y="400" />
        <di:waypoint x="782" y="400" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Received_di" bpmnElement="Flow_Received">
        <di:waypoint x="265" y="382" />
        <di:waypoint x="265" y="300" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Examined_di" bpmnElement="Flow_Examined">
        <di:waypoint x="650" y="275" />
        <di:waypoint x="680" y="275" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Decided_di" bpmnElement="Flow_Decided">
        <di:waypoint x="780" y="275" />
        <di:waypoint x="810" y="275" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Accepted_di" bpmnElement="Flow_Accepted">
        <di:waypoint x="860" y="275" />
        <di:waypoint x="930" y="275" />
        <bpmndi:BPMNLabel><dc:Bounds x="862" y="254" width="68" height="19" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Refused_di" bpmnElement="Flow_Refused">
        <di:waypoint x="835" y="300" />
        <di:waypoint x="835" y="400" />
        <di:waypoint x="930" y="400" />
        <bpmndi:BPMNLabel><dc:Bounds x="845" y="378" width="70" height="19" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_AcceptanceSent_di" bpmnElement="Flow_AcceptanceSent">
        <di:waypoint x="990" y="235" />
        <di:waypoint x="990" y="163" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_RefusalSent_di" bpmnElement="Flow_RefusalSent">
        <di:waypoint x="1050" y="400" />
        <di:waypoint x="1075" y="400" />
        <di:waypoint x="1075" y="163" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
