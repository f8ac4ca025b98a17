import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  addAudiences,
  removeAudience,
  updateAudience,
} from '../../../domain/going-further/adoption/commands';
import {
  blankAudience,
  communicationDocument,
  internalNoteDraft,
  internalNoteKey,
  keyMessagesDraft,
  keyMessagesKey,
  suggestedAudiences,
} from '../../../domain/going-further/adoption/communication';
import {
  audienceDate,
  communicationMoments,
  type CommunicationMoments,
} from '../../../domain/going-further/adoption/communicationDates';
import {
  communicationWording,
  type CommunicationWording,
} from '../../../domain/going-further/adoption/communicationWording';
import { resolvePart } from '../../../domain/going-further/adoption/edits';
import { processRoleNames } from '../../../domain/going-further/adoption/roleSteps';
import type { Audience } from '../../../domain/going-further/adoption/schema';
import {
  ADOPTION_TEXT_MAX,
  AUDIENCES_MAX,
  communicationChannels,
  communicationScopes,
} from '../../../domain/going-further/adoption/vocabulary';
import { newId } from '../../../domain/ids';
import type { ProcessGraph } from '../../../domain/process/graph';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { DateField } from '../../../ui/DateField';
import { AddableList } from './AddableList';
import { EditablePart } from './EditablePart';
import { useAdoption, useDocumentLanguage } from './useAdoption';

function AudienceFields({
  audience,
  number,
  words,
  moments,
}: {
  audience: Audience;
  number: number;
  words: CommunicationWording;
  moments: CommunicationMoments | undefined;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const change = (changes: Partial<Omit<Audience, 'id'>>) =>
    execute(updateAudience({ id: audience.id, changes }));
  const name = audience.name.trim() || `${t('communication.newAudience')} ${number}`;
  const long = { maxLength: ADOPTION_TEXT_MAX, multiline: true, rows: 2 };
  const date = audienceDate(audience, moments);
  return (
    <fieldset className="adoption__audience">
      <legend>{name}</legend>
      <TextField
        label={t('communication.name')}
        value={audience.name}
        maxLength={200}
        onChange={(value) => change({ name: value })}
      />
      <SelectField
        label={t('communication.scope')}
        value={audience.scope}
        options={communicationScopes.map((scope) => ({
          value: scope,
          label: t(`communication.scopes.${scope}`),
        }))}
        onChange={(scope) => change({ scope })}
      />
      <TextField
        label={t('communication.results')}
        value={audience.results}
        onChange={(results) => change({ results })}
        {...long}
      />
      <TextField
        label={t('communication.context')}
        value={audience.context}
        onChange={(context) => change({ context })}
        {...long}
      />
      <TextField
        label={t('communication.ownMessages')}
        value={audience.messages}
        onChange={(messages) => change({ messages })}
        {...long}
      />
      <fieldset className="adoption__ways">
        <legend>{t('communication.channels')}</legend>
        {communicationChannels.map((channel) => (
          <label key={channel} className="adoption__option">
            <input
              type="checkbox"
              checked={audience.channels.includes(channel)}
              onChange={(event) =>
                change({
                  channels: event.target.checked
                    ? communicationChannels.filter(
                        (c) => c === channel || audience.channels.includes(c),
                      )
                    : audience.channels.filter((c) => c !== channel),
                })
              }
            />{' '}
            {words.channels[channel]}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('communication.messenger')}
        value={audience.messenger}
        maxLength={200}
        onChange={(messenger) => change({ messenger })}
      />
      <DateField
        label={t('communication.date')}
        value={date.day}
        onChange={(day) => change({ date: day === date.proposal ? '' : day })}
        help={
          date.proposed
            ? t('communication.dateProposed')
            : moments
              ? t('communication.dateChosen', { day: words.day(date.proposal!) })
              : t('communication.dateNoCalendar')
        }
        error={
          date.problem && moments ? words.dateProblem[date.problem](date.day, moments) : undefined
        }
      />
      {!date.proposed && date.proposal && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => change({ date: '' })}
        >
          {t('communication.dateBack', { name, day: words.day(date.proposal) })}
        </button>
      )}
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => execute(removeAudience({ id: audience.id }))}
      >
        {t('communication.remove', { name })}
      </button>
    </fieldset>
  );
}

/**
 * The communication plan: the note to the authorities and the key messages, drafted from
 * the prototype and rewordable, then the audiences with their channels and dates.
 */
export function CommunicationSection({ graph }: { graph: ProcessGraph | null }) {
  const { t } = useTranslation('goingFurther-adoption');
  const prototype = useEditorStore((state) => state.prototype!);
  const { communication, edits } = useAdoption();
  const words = communicationWording[useDocumentLanguage()];
  const audiences = communication?.audiences ?? [];
  const source = {
    name: prototype.name,
    purpose: prototype.purpose,
    tracking: prototype.tracking,
    ...(prototype.frame ? { frame: prototype.frame } : {}),
  };
  const noteNow = internalNoteDraft(source, words);
  const messagesNow = keyMessagesDraft(source, words);
  const note = resolvePart(internalNoteKey, noteNow, edits);
  const messages = resolvePart(keyMessagesKey, messagesNow, edits);
  const roles = graph ? processRoleNames(graph, prototype.process.roles) : prototype.process.roles;
  const operations = prototype.goingFurther?.operations?.operations;
  const calendar = prototype.goingFurther?.calendar;
  // The dates follow the deployment calendar: placed again only when it changes.
  const moments = useMemo(
    () => communicationMoments(operations ?? [], calendar),
    [operations, calendar],
  );
  const document = communicationDocument(
    audiences,
    { note: note.text, messages: messages.text },
    words,
    moments,
  );
  return (
    <>
      <section aria-labelledby="adoption-communication-texts" className="adoption__edit">
        <h3 id="adoption-communication-texts">{t('communication.texts')}</h3>
        <EditablePart label={t('communication.note')} part={note} generated={noteNow} rows={6} />
        <EditablePart
          label={t('communication.messages')}
          part={messages}
          generated={messagesNow}
          rows={6}
        />
      </section>
      <section aria-labelledby="adoption-audiences">
        <h3 id="adoption-audiences">{t('communication.audiences')}</h3>
        <p className="field__help">{moments ? words.alignment(moments) : words.noCalendar}</p>
        <AddableList
          items={audiences}
          max={AUDIENCES_MAX}
          renderItem={(audience, number) => (
            <AudienceFields audience={audience} number={number} words={words} moments={moments} />
          )}
          fullText={t('communication.full')}
          addText={t('communication.add')}
          onAdd={() =>
            execute(
              addAudiences({
                audiences: [blankAudience(newId(), 'external')],
              }),
            )
          }
          otherActions={
            audiences.length === 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  execute(
                    addAudiences({ audiences: suggestedAudiences(source, roles, words, newId) }),
                  )
                }
              >
                {t('communication.suggest')}
              </button>
            )
          }
        />
      </section>
      <section aria-label={document.title} className="adoption__document">
        <DocumentActions document={document} fileName="plan-de-communication" />
        <DocumentView document={document} titleLevel={3} />
      </section>
    </>
  );
}
