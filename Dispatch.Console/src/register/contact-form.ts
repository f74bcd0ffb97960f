// Quick contact entry: everything defaults to an uneventful phone call, so a routine contact is one click to save.
import { h, tx } from '../ui/dom';
import { t } from '../i18n';
import { ApiError } from '../auth/http';
import { toast } from '../ui/banners';
import { recordContact } from './api';
import { code } from './labels';
import { ADVICE, CHANNELS, INFECTIONS, SYMPTOMS, type Advice, type ContactChannel, type ContactRecorded, type InfectionStatus, type NewContact, type Symptom } from './types';

/** Server field names → the label keys of this form. */
const FIELD_KEYS: Record<string, string> = { spO2: 'spo2', heartRate: 'hr', at: 'when' };

function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

export function createContactForm(person: { id: string; name: string }, onSaved: (result: ContactRecorded) => void, onCancel: () => void): HTMLFormElement {
  const at = h('input', { class: 'input', type: 'datetime-local', name: 'at', value: localNow() });
  const channel = h('select', { class: 'input', name: 'channel' }, ...CHANNELS.map((c) => h('option', { value: c }, code('reg.channel', c))));
  const infection = h('select', { class: 'input', name: 'infection' }, ...INFECTIONS.map((c) => h('option', { value: c }, code('reg.infection', c))));
  const infectionDate = h('input', { class: 'input', type: 'date', name: 'infectionDate' });
  const dateField = h('label', { class: 'field w-m', hidden: true }, tx('reg.contact.infectionDate', 'span', { class: 'field-label' }), infectionDate);
  infection.addEventListener('change', () => {
    const positive = infection.value.endsWith('Positive');
    dateField.hidden = !positive;
    if (positive && !infectionDate.value) infectionDate.value = localNow().slice(0, 10);
  });
  const symptoms = h('div', { class: 'cap-grid reg-symptoms' }, ...SYMPTOMS.map((s) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'symptoms', value: s }), code('reg.symptom', s))));
  const num = (name: string, step = '1'): HTMLInputElement => h('input', { class: 'input', name, type: 'number', step, inputmode: 'decimal' });
  const temperature = num('temperature', '0.1');
  const spo2 = num('spo2');
  const hr = num('heartRate');
  const advice = h('select', { class: 'input', name: 'advice' }, ...ADVICE.map((a) => h('option', { value: a }, code('reg.advice', a))));
  const save = h('button', { type: 'submit', class: 'btn btn-primary', 'data-action': 'save-contact' }, t('reg.contact.save'));
  const cancel = h('button', { type: 'button', class: 'btn btn-ghost' }, t('reg.contact.cancel'));
  const status = h('div', { class: 'form-status status-error', hidden: true, role: 'alert' });
  const field = (label: Parameters<typeof tx>[0], control: HTMLElement, cls = 'w-m'): HTMLElement =>
    h('label', { class: `field ${cls}` }, tx(label, 'span', { class: 'field-label' }), control);

  const form = h('form', { class: 'reg-contact-form', novalidate: true, 'data-person': person.id },
    h('div', { class: 'reg-contact-head' }, h('strong', {}, person.name)),
    h('div', { class: 'form-row' }, field('reg.contact.when', at), field('reg.contact.channel', channel), field('reg.contact.infection', infection), dateField),
    field('reg.contact.symptoms', symptoms, ''),
    h('div', { class: 'form-row' }, field('reg.contact.temperature', temperature, 'w-s'), field('reg.contact.spo2', spo2, 'w-s'),
      field('reg.contact.hr', hr, 'w-s'), field('reg.contact.advice', advice)),
    status,
    h('div', { class: 'form-actions' }, save, cancel));

  const optionalNumber = (input: HTMLInputElement): number | null => (input.value.trim() === '' ? null : Number(input.value));
  cancel.addEventListener('click', onCancel);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body: NewContact = {
      at: at.value ? new Date(at.value).toISOString() : null,
      // The selects offer only the contract's values (CHANNELS, INFECTIONS, SYMPTOMS, ADVICE).
      channel: channel.value as ContactChannel,
      infection: infection.value as InfectionStatus,
      infectionDate: infection.value.endsWith('Positive') ? infectionDate.value || null : null,
      symptoms: [...form.querySelectorAll<HTMLInputElement>('input[name="symptoms"]:checked')].map((c) => c.value as Symptom),
      temperature: optionalNumber(temperature),
      spO2: optionalNumber(spo2),
      heartRate: optionalNumber(hr),
      advice: advice.value as Advice,
      note: null,
    };
    save.disabled = true;
    recordContact(person.id, body)
      .then((result) => {
        toast(t('reg.contact.saved', { name: person.name }), 'success');
        onSaved(result);
      })
      .catch((err: unknown) => {
        status.hidden = false;
        const fields = err instanceof ApiError ? Object.entries(err.problem?.errors ?? {}) : [];
        status.textContent = fields.length
          ? fields.map(([f, reasons]) => t('reg.fieldError', { field: code('reg.contact', FIELD_KEYS[f] ?? f), reason: reasons.map((r) => code('reg.why', r)).join(t('reg.listSep')) })).join(t('reg.errorSep'))
          : t('err.generic');
      })
      .finally(() => { save.disabled = false; });
  });
  return form;
}
