import { describe, expect, it } from 'vitest';
import type { PrototypeException } from '../../../../src/domain/exceptions/schema';
import { faqDraft } from '../../../../src/domain/going-further/adoption/faq';
import { adoptionWording } from '../../../../src/domain/going-further/adoption/wording';
import type { Form } from '../../../../src/domain/form/schema';
import { defaultTracking } from '../../../../src/domain/tracking/defaults';

const form: Form = {
  pages: [
    {
      id: 'p1',
      title: 'Vous',
      fields: [
        {
          id: 'f-name',
          key: 'nom',
          type: 'shortText',
          label: 'Nom',
          help: 'Tel qu’il figure sur votre pièce d’identité.',
        },
        { id: 'f-mail', key: 'courriel', type: 'email', label: 'Courriel' },
        {
          id: 'f-section',
          key: 'logement',
          type: 'section',
          label: 'Logement',
          fields: [
            { id: 'f-rent', key: 'loyer', type: 'amount', label: 'Loyer', help: 'Hors charges.' },
            {
              id: 'f-info',
              key: 'info',
              type: 'explanation',
              label: 'Pourquoi ces questions ?',
              text: 'Pour calculer l’aide.',
            },
          ],
        },
      ],
    },
  ],
} as Form;

const exception = (
  id: string,
  title: string,
  decision?: PrototypeException['decision'],
): PrototypeException => ({
  id,
  title,
  description: 'Note interne de l’atelier',
  frequency: 'rare',
  status: 'open',
  context: { step: 'exceptions' },
  createdAt: '2026-12-01T10:00:00.000Z',
  ...(decision ? { decision } : {}),
});

describe('faqDraft', () => {
  it('drafts questions from the help texts, the visible statuses and the exceptions set aside', () => {
    const tracking = defaultTracking();
    tracking.statuses[1] = { ...tracking.statuses[1]!, visibleToRequester: false };
    const draft = faqDraft(
      form,
      tracking,
      [
        exception('x1', 'Je vis à l’étranger', 'later'),
        exception('x2', 'Je suis une entreprise', 'handled'),
        exception('x3', 'Mon dossier est en tutelle'),
      ],
      adoptionWording.fr,
    );
    expect(draft.form).toEqual([
      {
        id: 'field:f-name',
        question: 'Que faut-il indiquer dans « Nom » ?',
        answer: 'Tel qu’il figure sur votre pièce d’identité.',
      },
      {
        id: 'field:f-rent',
        question: 'Que faut-il indiquer dans « Loyer » ?',
        answer: 'Hors charges.',
      },
      { id: 'field:f-info', question: 'Pourquoi ces questions ?', answer: 'Pour calculer l’aide.' },
    ]);
    expect(draft.statuses.map((entry) => entry.id)).not.toContain('status:status-checking');
    expect(draft.statuses.find((e) => e.id === 'status:status-waiting-documents')).toEqual({
      id: 'status:status-waiting-documents',
      question: 'Que signifie le statut « En attente de vos pièces » ?',
      answer:
        'Il manque des pièces à votre dossier : ajoutez-les pour que nous puissions continuer. Ce statut dure au plus 30 jours ouvrés. Une action de votre part est attendue.',
    });
    expect(draft.exceptions).toEqual([
      {
        id: 'exception:x1',
        question: 'Mon cas : Je vis à l’étranger. Puis-je faire ma demande en ligne ?',
        answer: adoptionWording.fr.faqExceptionAnswers.later,
      },
      {
        id: 'exception:x3',
        question: 'Mon cas : Mon dossier est en tutelle. Puis-je faire ma demande en ligne ?',
        answer: adoptionWording.fr.faqExceptionAnswers.undecided,
      },
    ]);
  });
});
