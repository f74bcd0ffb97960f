// Green-channel referral request (绿色通道转诊申请) filled in by a grassroots doctor.
import { h, tx } from '../ui/dom';
import { t, type MessageKey } from '../i18n';
import { ApiError, newIdempotencyKey } from '../auth/http';
import { CAPABILITIES } from '../facilities/types';
import { requestReferral } from './api';
import { integerIn, requiredChoice, requiredText, type FieldErrors } from './validation';
import { type Consciousness, type ReferralRequest, type ReferralSummary, type Sex, type Tier } from './types';
import { failureText } from '../ui/failure';

const STAFF_ROLES = ['doctor', 'nurse', 'other'] as const;

/** Server validation keys (JSON paths) → the form field that shows the message. */
const SERVER_FIELDS: Record<string, string> = {
  'patient.age': 'age', 'patient.sex': 'sex', 'patient.tier': 'tier', 'patient.condition': 'condition',
  'patient.vitals.spO2': 'spo2', 'patient.vitals.heartRate': 'heartRate', 'patient.vitals.systolicBp': 'bp',
  'patient.vitals.diastolicBp': 'bp', 'patient.vitals.respiratoryRate': 'respiratoryRate', 'patient.vitals.consciousness': 'consciousness',
  requiredCapabilities: 'capabilities', priority: 'priority', 'accompanyingStaff.name': 'staffName', 'accompanyingStaff.role': 'staffRole',
};


const SEXES: readonly Sex[] = ['male', 'female', 'unknown'];
const TIERS: readonly Tier[] = ['red', 'yellow', 'green'];
const AVPU: readonly Consciousness[] = ['alert', 'voice', 'pain', 'unresponsive'];

export interface RequestFormOptions {
  /** Where the request goes; a township doctor's form posts a new referral, the 120 desk refers a call. */
  send?: (request: ReferralRequest, idempotencyKey: string) => Promise<ReferralSummary | null>;
  /** The form's own heading; null inside a dialog that has one. */
  title?: MessageKey | null;
}

export function createRequestForm(facilityId: string | undefined, onSent: (summary: ReferralSummary | null) => void,
  { send = requestReferral, title = 'form.title' }: RequestFormOptions = {}): HTMLFormElement {
  // One key per request being filled in: a resubmit after a network error cannot open two transfers.
  let idempotencyKey = newIdempotencyKey();
  const errorSlots = new Map<string, HTMLElement>();
  const field = (name: string, label: MessageKey, control: HTMLElement, extra = ''): HTMLElement => {
    const slot = h('span', { class: 'field-error', id: `err-${name}`, 'aria-live': 'polite' });
    errorSlots.set(name, slot);
    control.setAttribute('aria-describedby', `err-${name}`);
    return h('label', { class: `field ${extra}`, 'data-field': name }, tx(label, 'span', { class: 'field-label' }), control, slot);
  };
  const num = (name: string, min: number, max: number): HTMLInputElement =>
    h('input', { class: 'input', name, inputmode: 'numeric', autocomplete: 'off', 'data-min': min, 'data-max': max });
  const radios = (name: string, values: readonly string[], labelPrefix: string, cls = ''): HTMLElement =>
    h('div', { class: `radio-row ${cls}`, role: 'radiogroup' }, ...values.map((v) =>
      h('label', { class: `radio radio-${v}` }, h('input', { type: 'radio', name, value: v }), tx(`${labelPrefix}.${v}` as MessageKey))));

  const age = num('age', 0, 120);
  const spo2 = num('spo2', 50, 100);
  const hr = num('heartRate', 20, 250);
  const sys = num('systolic', 40, 300);
  const dia = num('diastolic', 20, 200);
  const rr = num('respiratoryRate', 4, 60);
  const condition = h('textarea', { class: 'input', name: 'condition', rows: 2, maxlength: 500 });
  const staff = h('input', { class: 'input', name: 'staffName', maxlength: 50, autocomplete: 'off' });
  const staffRole = h('select', { class: 'input', name: 'staffRole' },
    ...STAFF_ROLES.map((r) => h('option', { value: r, 'data-i18n': `form.staffRole.${r}` }, t(`form.staffRole.${r}`))));
  const staffPhone = h('input', { class: 'input', name: 'staffPhone', type: 'tel', maxlength: 32, autocomplete: 'off' });
  const avpu = h('select', { class: 'input', name: 'consciousness' },
    h('option', { value: '' }, ''), ...AVPU.map((v) => h('option', { value: v, 'data-i18n': `form.avpu.${v}` }, t(`form.avpu.${v}`))));
  const priority = h('select', { class: 'input', name: 'priority' },
    ...[1, 2, 3, 4].map((n) => h('option', { value: n, 'data-i18n': `form.priority.${n}` }, t(`form.priority.${n as 1 | 2 | 3 | 4}`))));
  priority.value = '2';
  const caps = h('div', { class: 'cap-grid' }, ...CAPABILITIES.map((c) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'capabilities', value: c }), tx(`cap.${c}` as MessageKey))));

  const status = h('div', { class: 'form-status', role: 'status', 'aria-live': 'polite', hidden: true });
  const submit = tx('form.submit', 'button', { type: 'submit', class: 'btn btn-primary btn-large' });
  const reset = tx('form.reset', 'button', { type: 'reset', class: 'btn btn-ghost' });

  const form = h('form', { class: 'request-form', novalidate: true },
    title ? tx(title, 'h2') : null,
    h('fieldset', {}, tx('form.patient', 'legend'),
      h('div', { class: 'form-row' },
        field('age', 'form.age', age, 'w-s'),
        field('sex', 'form.sex', radios('sex', SEXES, 'form.sex')),
        field('tier', 'form.tier', radios('tier', TIERS, 'form.tier', 'tier-radios'))),
      field('condition', 'form.condition', condition)),
    h('fieldset', {}, tx('form.vitals', 'legend'),
      h('div', { class: 'form-row' },
        field('spo2', 'form.spo2', spo2, 'w-s'),
        field('heartRate', 'form.hr', hr, 'w-s'),
        field('bp', 'form.bp', h('div', { class: 'bp-pair' }, sys, h('span', { class: 'muted' }, '/'), dia), 'w-m'),
        field('respiratoryRate', 'form.rr', rr, 'w-s'),
        field('consciousness', 'form.consciousness', avpu, 'w-m'))),
    h('fieldset', {}, tx('form.capabilities', 'legend'), field('capabilities', 'form.capabilities', caps, 'no-label')),
    h('div', { class: 'form-row' },
      field('priority', 'form.priority', priority, 'w-m')),
    h('fieldset', {}, tx('form.staff', 'legend'),
      h('div', { class: 'form-row' },
        field('staffName', 'form.staffName', staff, 'grow'),
        field('staffRole', 'form.staffRole', staffRole, 'w-m'),
        field('staffPhone', 'form.staffPhone', staffPhone, 'w-m'))),
    status,
    h('div', { class: 'form-actions' }, submit, reset));
  sys.setAttribute('aria-label', t('form.bpSys'));
  dia.setAttribute('aria-label', t('form.bpDia'));

  const checked = (name: string): string => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

  const validate = (): { errors: FieldErrors; request: ReferralRequest } => {
    const errors: FieldErrors = new Map();
    const systolic = integerIn(errors, 'bp', sys.value, 40, 300);
    const diastolic = integerIn(errors, 'bp', dia.value, 20, 200);
    if (!errors.has('bp') && systolic <= diastolic) errors.set('bp', t('val.bpOrder'));
    const requiredCapabilities = [...form.querySelectorAll<HTMLInputElement>('input[name="capabilities"]:checked')].map((c) => c.value);
    if (requiredCapabilities.length === 0) errors.set('capabilities', t('val.capability'));
    const phone = staffPhone.value.trim();
    if (phone && !/^[\d+\- ]{1,32}$/.test(phone)) errors.set('staffPhone', t('val.phone'));
    const request: ReferralRequest = {
      requestingFacilityId: facilityId ?? '',
      patient: {
        age: integerIn(errors, 'age', age.value, 0, 120),
        sex: requiredChoice(errors, 'sex', checked('sex'), SEXES),
        tier: requiredChoice(errors, 'tier', checked('tier'), TIERS),
        condition: requiredText(errors, 'condition', condition.value, 500),
        vitals: {
          spO2: integerIn(errors, 'spo2', spo2.value, 50, 100),
          heartRate: integerIn(errors, 'heartRate', hr.value, 20, 250),
          systolicBp: systolic,
          diastolicBp: diastolic,
          respiratoryRate: integerIn(errors, 'respiratoryRate', rr.value, 4, 60),
          consciousness: requiredChoice(errors, 'consciousness', avpu.value, AVPU),
        },
      },
      requiredCapabilities,
      priority: Number(priority.value) as ReferralRequest['priority'],
      accompanyingStaff: [{ name: requiredText(errors, 'staffName', staff.value, 50), role: staffRole.value, phone: phone || undefined }],
    };
    return { errors, request };
  };

  const showErrors = (errors: FieldErrors): void => {
    for (const [name, slot] of errorSlots) {
      slot.textContent = errors.get(name) ?? '';
      slot.closest('.field')?.classList.toggle('has-error', errors.has(name));
    }
  };
  const showStatus = (text: string, kind: 'error' | 'success' | 'info'): void => {
    status.hidden = false;
    status.className = `form-status status-${kind}`;
    status.textContent = text;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { errors, request } = validate();
    showErrors(errors);
    if (errors.size) {
      showStatus(t('form.fixErrors'), 'error');
      form.querySelector<HTMLElement>('.has-error input, .has-error textarea, .has-error select')?.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('form.submitting');
    send(request, idempotencyKey)
      .then((summary) => {
        idempotencyKey = newIdempotencyKey();
        form.reset(); // clears old errors and the status line, so the confirmation goes after it
        priority.value = '2';
        showStatus(t('form.sent'), 'success');
        onSent(summary);
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.notAvailable) showStatus(t('form.unavailable'), 'error');
        else {
          // Server-side validation (400 with errors per field) is mapped back onto the fields where names match.
          const fieldErrors: FieldErrors = new Map();
          for (const [key, messages] of Object.entries(err instanceof ApiError ? err.problem?.errors ?? {} : {})) {
            fieldErrors.set(SERVER_FIELDS[key.replace(/\[\d+\]/, '')] ?? key, messages.join('；'));
          }
          if (fieldErrors.size) showErrors(fieldErrors);
          showStatus(t('form.failed', { reason: failureText(err) }), 'error');
        }
      })
      .finally(() => {
        submit.disabled = false;
        submit.textContent = t('form.submit');
      });
  });
  form.addEventListener('reset', () => {
    showErrors(new Map());
    status.hidden = true;
  });
  return form;
}
