// Registering one person by hand, or changing one already registered: the ledger's fields, the home picked on the map
// beside the form or typed as coordinates, the tier left to the rules unless the doctor overrides it with a reason.
// An edit names the version it was read at, so a change someone made meanwhile is reported, never overwritten.
import { h, tx } from '../ui/dom';
import { t } from '../i18n';
import { ApiError } from '../auth/http';
import { failureText } from '../ui/failure';
import { createPerson, updatePerson } from './api';
import { code, day, tierName } from './labels';
import { CATEGORIES, TIERS, type Category, type PersonDetails, type PersonView, type Sex } from './types';

export interface PersonFormHost {
  teams: readonly string[];
  /** Starts picking on the map; the callback gets each clicked point. Null stops picking. */
  pick(handler: ((lon: number, lat: number) => void) | null): void;
  /** Shows a typed or picked home on the map. */
  mark(lon: number, lat: number): void;
  saved(person: PersonView): void;
  cancelled(): void;
  /** The person being changed, as last read; absent when registering someone new. */
  editing?: PersonView;
  /** After a refused edit (someone changed the person meanwhile, or they are gone): show the person as they are now. */
  reopen?(): void;
}

export function createPersonForm(host: PersonFormHost): HTMLFormElement {
  const editing = host.editing;
  const input = (name: string, attrs: Record<string, string | number | boolean> = {}): HTMLInputElement =>
    h('input', { class: 'input', name, autocomplete: 'off', ...attrs });
  const name = input('name', { maxlength: 40 });
  const sexes: Sex[] = editing?.sex === 'unknown' ? ['female', 'male', 'unknown'] : ['female', 'male'];
  const sex = h('select', { class: 'input', name: 'sex' }, ...sexes.map((s) => h('option', { value: s }, code('reg.sex', s))));
  const birth = input('birthDate', { type: 'date', max: new Date().toISOString().slice(0, 10) });
  const phone = input('phone', { type: 'tel', maxlength: 20 });
  // The number itself is never kept, so an edit cannot show it: left empty, the one on file stays.
  const idCard = input('idCardNumber', { maxlength: 18, ...(editing?.idCard ? { placeholder: t('reg.form.idCardKept', { last4: editing.idCard.slice(-4) }) } : {}) });
  const village = input('village', { maxlength: 60 });
  const lon = input('lon', { type: 'number', step: '0.000001', inputmode: 'decimal' });
  const lat = input('lat', { type: 'number', step: '0.000001', inputmode: 'decimal' });
  const teamList = h('datalist', { id: 'reg-team-list' }, ...host.teams.map((x) => h('option', { value: x })));
  const team = input('team', { maxlength: 40, list: 'reg-team-list' });
  const doctor = input('familyDoctor', { maxlength: 40 });
  const categories = h('div', { class: 'cap-grid reg-categories' }, ...CATEGORIES.map((c) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'categories', value: c }), code('reg.cat', c))));
  const healthPack = input('healthPackAt', { type: 'date' });
  const oximeter = input('oximeterAt', { type: 'date' });
  const hotline = h('input', { type: 'checkbox', name: 'toldHotline' });
  const tier = h('select', { class: 'input', name: 'tier' }, h('option', { value: '' }, t('reg.form.tierByRules')),
    ...TIERS.map((x) => h('option', { value: x }, tierName(x))));
  const tierReason = input('tierReason', { maxlength: 200, placeholder: t('reg.form.tierReasonHint') });
  const reasonField = h('label', { class: 'field w-m', hidden: true }, tx('reg.field.tierReason', 'span', { class: 'field-label' }), tierReason);
  tier.addEventListener('change', () => { reasonField.hidden = tier.value === ''; if (!reasonField.hidden) tierReason.focus(); });

  const picking = h('button', { type: 'button', class: 'btn btn-small', 'data-action': 'pick-home', 'aria-pressed': 'false' }, t('reg.form.pick'));
  const pickHint = h('span', { class: 'muted reg-pick-hint', hidden: true }, t('reg.form.pickHint'));
  const stopPicking = (): void => { host.pick(null); picking.setAttribute('aria-pressed', 'false'); pickHint.hidden = true; };
  picking.addEventListener('click', () => {
    if (picking.getAttribute('aria-pressed') === 'true') return stopPicking();
    picking.setAttribute('aria-pressed', 'true');
    pickHint.hidden = false;
    host.pick((x, y) => { lon.value = String(x); lat.value = String(y); host.mark(x, y); });
  });
  const typed = (): void => {
    const x = Number(lon.value), y = Number(lat.value);
    if (lon.value && lat.value && Number.isFinite(x) && Number.isFinite(y)) host.mark(x, y);
  };
  lon.addEventListener('change', typed);
  lat.addEventListener('change', typed);

  const status = h('div', { class: 'form-status status-error', hidden: true, role: 'alert' });
  const save = h('button', { type: 'submit', class: 'btn btn-primary', 'data-action': 'save-person' }, t('reg.form.save'));
  const reopen = h('button', { type: 'button', class: 'btn btn-small', 'data-action': 'reopen-person', hidden: true }, t('reg.form.reopen'));
  reopen.addEventListener('click', () => { stopPicking(); host.reopen?.(); });
  const cancel = h('button', { type: 'button', class: 'btn btn-ghost' }, t('reg.contact.cancel'));
  const field = (label: Parameters<typeof tx>[0], control: HTMLElement, cls = 'w-m'): HTMLElement =>
    h('label', { class: `field ${cls}`, 'data-field': control.getAttribute('name') ?? '' }, tx(label, 'span', { class: 'field-label' }), control);

  const form = h('form', { class: `reg-person-form${editing ? ' is-editing' : ''}`, novalidate: true, ...(editing ? { 'data-person': editing.id } : {}) },
    editing ? h('h3', {}, t('reg.form.editTitle'), h('span', { translate: 'no' }, editing.name)) : tx('reg.form.title', 'h3'),
    h('div', { class: 'form-row' }, field('reg.field.name', name), field('reg.field.sex', sex, 'w-s'), field('reg.field.birthDate', birth)),
    h('div', { class: 'form-row' }, field('reg.field.phone', phone), field('reg.field.idCardNumber', idCard), field('reg.field.village', village)),
    h('div', { class: 'form-row reg-home-row' }, field('reg.field.lon', lon), field('reg.field.lat', lat), picking, pickHint),
    h('div', { class: 'form-row' }, field('reg.field.team', team), teamList, field('reg.field.familyDoctor', doctor)),
    h('div', { class: 'field', 'data-field': 'categories' }, tx('reg.field.categories', 'span', { class: 'field-label' }), categories),
    h('div', { class: 'form-row' }, field('reg.field.healthPackAt', healthPack), field('reg.field.oximeterAt', oximeter),
      h('label', { class: 'check' }, hotline, tx('reg.field.toldHotline'))),
    h('div', { class: 'form-row' }, field('reg.field.tier', tier), reasonField),
    status,
    reopen,
    h('div', { class: 'form-actions' }, save, cancel));

  if (editing) {
    name.value = editing.name;
    sex.value = editing.sex;
    birth.value = day(editing.birthDate);
    phone.value = editing.phone;
    village.value = editing.village;
    lon.value = String(editing.lon);
    lat.value = String(editing.lat);
    team.value = editing.team;
    doctor.value = editing.familyDoctor;
    for (const box of categories.querySelectorAll<HTMLInputElement>('input')) box.checked = editing.categories.includes(box.value as Category);
    healthPack.value = editing.healthPackAt ? day(editing.healthPackAt) : '';
    oximeter.value = editing.oximeterAt ? day(editing.oximeterAt) : '';
    hotline.checked = editing.toldHotline;
    // A tier the doctor set stays set (with its reason) unless changed back to the rules here.
    if (editing.tierOverridden) {
      tier.value = editing.tier;
      tierReason.value = editing.tierReason;
      reasonField.hidden = false;
    }
  }

  cancel.addEventListener('click', () => { stopPicking(); host.cancelled(); });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const number = (el: HTMLInputElement): number => (el.value.trim() === '' ? Number.NaN : Number(el.value));
    const body: PersonDetails = {
      name: name.value.trim(), sex: sex.value as Sex, birthDate: birth.value, phone: phone.value.trim(), idCardNumber: idCard.value.trim() || null,
      village: village.value.trim(), lon: number(lon), lat: number(lat),
      categories: [...categories.querySelectorAll<HTMLInputElement>('input:checked')].map((c) => c.value as Category),
      team: team.value.trim(), familyDoctor: doctor.value.trim() || null, healthPackAt: healthPack.value || null, oximeterAt: oximeter.value || null,
      toldHotline: hotline.checked, tier: tier.value ? (tier.value as PersonDetails['tier']) : null, tierReason: tier.value ? tierReason.value.trim() : null,
    };
    // The home is where an ambulance will be sent: it is asked for before anything goes to the server.
    const missing: Record<string, string[]> = {};
    if (!Number.isFinite(body.lon)) missing.lon = ['required'];
    if (!Number.isFinite(body.lat)) missing.lat = ['required'];
    if (!body.birthDate) missing.birthDate = ['required'];
    if (Object.keys(missing).length) return show(missing);
    save.disabled = true;
    reopen.hidden = true;
    (editing ? updatePerson(editing.id, editing.version, body) : createPerson(body))
      .then((person) => { stopPicking(); host.saved(person); })
      .catch((err: unknown) => {
        const errors = err instanceof ApiError ? err.problem?.errors : undefined;
        if (errors && Object.keys(errors).length) show(errors);
        else if (err instanceof ApiError && err.problem?.title === 'duplicate-person') show({ name: ['duplicate-existing'] });
        else if (err instanceof ApiError && (err.problem?.title === 'changed-meanwhile' || err.status === 404)) {
          // Nothing was saved: say so, and offer the person as they are now rather than overwriting someone's change.
          for (const f of form.querySelectorAll<HTMLElement>('[data-field]')) f.classList.remove('has-error');
          status.hidden = false;
          status.textContent = t(err.status === 404 ? 'reg.form.gone' : 'reg.form.changedMeanwhile');
          reopen.hidden = err.status === 404 || !host.reopen;
          reveal();
        }
        else { status.hidden = false; status.textContent = failureText(err); reveal(); }
      })
      .finally(() => { save.disabled = false; });
  });

  function show(errors: Record<string, string[]>): void {
    for (const f of form.querySelectorAll<HTMLElement>('[data-field]')) f.classList.toggle('has-error', f.dataset.field! in errors);
    status.hidden = false;
    status.textContent = Object.entries(errors)
      .map(([f, reasons]) => t('reg.fieldError', { field: code('reg.field', f), reason: reasons.map((r) => code('reg.why', r)).join(t('reg.listSep')) })).join(t('reg.errorSep'));
    reveal();
  }

  // The form is taller than a 768-pixel screen: what went wrong is brought into view beside the save button.
  function reveal(): void {
    status.scrollIntoView?.({ block: 'center' });
  }
  return form;
}
