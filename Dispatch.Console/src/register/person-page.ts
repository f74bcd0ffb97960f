// A person's page: details, tier (with the rules' suggestion and the doctor's override), SpO₂ trend, contacts,
// tier history and the referrals raised for them with their outcome. Opening it is audited by the server.
import { h, tx } from '../ui/dom';
import { memberName, t } from '../i18n';
import { toast } from '../ui/banners';
import { ApiError } from '../auth/http';
import { overrideTier } from './api';
import { categoryNames, code, day, reasonName, tierChip, tierName, when } from './labels';
import { createSpo2Chart } from './spo2-chart';
import { TIERS, type PersonPage, type TierCode } from './types';

export interface PersonPageActions {
  edit(): void;
  contact(): void;
  refer(): void;
  changed(): void;
  back(): void;
  hospitalName(id: string | null): string;
}

export function renderPersonPage(page: PersonPage, actions: PersonPageActions): { element: HTMLElement; dispose(): void } {
  const p = page.person;
  const row = (label: Parameters<typeof tx>[0], value: Node | string): HTMLElement =>
    h('div', { class: 'reg-kv' }, tx(label, 'span', { class: 'reg-k' }), h('span', { class: 'reg-v' }, value));
  const given = (date: string | null): string => (date ? day(date) : t('reg.person.notGiven'));

  const tierSelect = h('select', { class: 'input input-small', name: 'tier' },
    ...TIERS.map((x) => h('option', { value: x, selected: x === p.tier }, tierName(x))));
  const tierReason = h('input', { class: 'input input-small', name: 'tierReason', maxlength: 200, placeholder: t('reg.person.tierReason') });
  const tierSave = h('button', { type: 'button', class: 'btn btn-small' }, t('reg.person.changeTier'));
  tierSave.addEventListener('click', () => {
    tierSave.disabled = true;
    overrideTier(p.id, tierSelect.value as TierCode, tierReason.value)
      .then(() => { toast(t('reg.person.tierChanged'), 'success'); actions.changed(); })
      .catch((e: unknown) => toast(e instanceof ApiError ? code('reg.why', Object.values(e.problem?.errors ?? {})[0]?.[0] ?? 'required') : t('err.generic'), 'error'))
      .finally(() => { tierSave.disabled = false; });
  });

  const chart = createSpo2Chart(page.contacts);
  const contactRows = page.contacts.map((c) => h('tr', {},
    h('td', {}, when(c.at)), h('td', {}, code('reg.channel', c.channel)), h('td', {}, code('reg.infection', c.infection)),
    h('td', {}, c.symptoms.map((s) => code('reg.symptom', s)).join(t('reg.listSep')) || '—'),
    h('td', {}, c.temperature?.toString() ?? '—'), h('td', { class: c.spO2 !== null && c.spO2 < 93 ? 'reg-low' : '' }, c.spO2?.toString() ?? '—'),
    h('td', {}, c.heartRate?.toString() ?? '—'), h('td', {}, code('reg.advice', c.advice)), h('td', {}, c.byUser)));
  const referralRows = page.referrals.map((r) => h('li', { class: `reg-ref reg-ref-${r.state}`, 'data-referral': r.referralId, 'data-state': r.state },
    h('span', { class: 'reg-when' }, when(r.at)), ' ', h('strong', {}, code('reg.ref.state', memberName(r.state))),
    r.hospitalId ? h('span', {}, ' · ', actions.hospitalName(r.hospitalId)) : null));

  const contactBtn = h('button', { type: 'button', class: 'btn btn-primary', 'data-action': 'contact' }, t('reg.recordContact'));
  contactBtn.addEventListener('click', actions.contact);
  const referBtn = h('button', { type: 'button', class: `btn ${p.tier === 'red' || p.infected ? 'btn-danger' : ''}`, 'data-action': 'refer' }, t('reg.refer'));
  referBtn.addEventListener('click', actions.refer);
  const editBtn = h('button', { type: 'button', class: 'btn', 'data-action': 'edit-person' }, t('reg.editPerson'));
  editBtn.addEventListener('click', actions.edit);
  const back = h('button', { type: 'button', class: 'btn btn-ghost btn-small' }, t('reg.backToMap'));
  back.addEventListener('click', actions.back);

  const element = h('article', { class: 'reg-person', 'data-person': p.id },
    h('header', { class: 'reg-person-head' },
      h('h2', {}, p.name, ' ', tierChip(p.tier)),
      p.invented ? h('span', { class: 'reg-invented' }, t('reg.invented')) : null,
      p.infected ? h('span', { class: 'reg-infected' }, t('reg.infected')) : null,
      h('div', { class: 'reg-actions' }, contactBtn, editBtn, referBtn, back)),
    h('section', { class: 'reg-grid' },
      row('reg.person.sexAge', `${code('reg.sex', p.sex)} · ${t('reg.person.age', { n: p.age })} · ${day(p.birthDate)}`),
      row('reg.person.phone', p.phone),
      row('reg.person.idCard', p.idCard ?? '—'),
      row('reg.person.village', p.village),
      row('reg.person.home', `${p.lon.toFixed(5)}, ${p.lat.toFixed(5)}`),
      row('reg.person.categories', categoryNames(p.categories) || '—'),
      row('reg.person.tier', h('span', { class: 'reg-tier' }, tierName(p.tier), t('fmt.colon'), reasonName(p.tierReason),
        p.tierOverridden ? h('em', {}, `（${t('reg.person.overridden')}）`) : null)),
      row('reg.person.suggestedTier', h('span', { class: 'muted' }, t('reg.person.suggested', { tier: tierName(p.suggestedTier), reason: reasonName(p.suggestedReason) }))),
      row('reg.person.team', p.team),
      row('reg.person.doctor', p.familyDoctor || '—'),
      row('reg.person.healthPack', given(p.healthPackAt)),
      row('reg.person.oximeter', given(p.oximeterAt)),
      row('reg.person.hotline', p.toldHotline ? t('reg.person.yes') : t('reg.person.no')),
      row('reg.lastContact', p.overdue ? h('span', { class: 'reg-overdue' }, when(p.lastContactAt)) : when(p.lastContactAt))),
    h('div', { class: 'reg-tier-edit' }, tierSelect, tierReason, tierSave),
    tx('reg.person.referrals', 'h3'),
    referralRows.length ? h('ul', { class: 'reg-referrals' }, ...referralRows) : h('p', { class: 'muted reg-no-referrals' }, t('reg.person.noReferrals')),
    tx('reg.person.spo2Trend', 'h3'),
    chart.element,
    tx('reg.person.contacts', 'h3'),
    contactRows.length
      ? h('table', { class: 'reg-table reg-contacts' }, h('thead', {}, h('tr', {},
          ...(['reg.contact.when', 'reg.contact.channel', 'reg.contact.infection', 'reg.contact.symptoms', 'reg.contact.temperature', 'reg.contact.spo2',
            'reg.contact.hr', 'reg.contact.advice', 'reg.contact.by'] as const).map((k) => tx(k, 'th')))), h('tbody', {}, ...contactRows))
      : h('p', { class: 'muted' }, t('reg.person.noContacts')),
    tx('reg.person.tierHistory', 'h3'),
    h('ul', { class: 'reg-tier-history' }, ...page.tierHistory.map((c) => h('li', {},
      `${when(c.at)} · ${c.fromTier ? `${tierName(c.fromTier)} → ` : ''}${tierName(c.toTier)} · ${reasonName(c.reason)} · ${c.byUser}`))));
  return { element, dispose: chart.dispose };
}
