// The doctor's register: overdue contacts per team, the searchable list, this week's cadence, the map, a person's page.
import { h, tx } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { toast } from '../ui/banners';
import { ApiError } from '../auth/http';
import type { Region } from '../map/region';
import * as api from './api';
import { createContactForm } from './contact-form';
import { createImportDialog } from './import-dialog';
import { createPersonForm } from './person-form';
import { categoryNames, code, tierChip, tierName, tierOf, when } from './labels';
import { renderPersonPage } from './person-page';
import { createRegisterMap } from './register-map';
import { TIERS, type PersonListItem, type PersonPage, type PersonView } from './types';

export interface RegisterViewOptions {
  region: Region;
  facilityId: string;
  refer(page: PersonPage): void;
  hospitalName(id: string | null): string;
}

export interface RegisterView {
  element: HTMLElement;
  openPerson(id: string): Promise<PersonPage | null>;
  reload(): void;
  shown(): void;
  dispose(): void;
}

type Panel = 'overdue' | 'list' | 'compliance';

export function createRegisterView(options: RegisterViewOptions): RegisterView {
  let panel: Panel = 'overdue';
  let team = '';
  let teams: string[] = [];
  let page = 0;
  let openId: string | null = null;
  let disposePage: (() => void) | null = null;
  const filter = { tier: '', team: '', overdue: false, infected: false, q: '' };

  const map = createRegisterMap(options.region);
  const contactSlot = h('div', { class: 'reg-quick' });
  const importDialog = createImportDialog(() => { reload(); });
  const right = h('section', { class: 'col reg-right' });
  const content = h('div', { class: 'reg-panel' });
  const tabButton = (p: Panel, key: Parameters<typeof tx>[0]): HTMLButtonElement => {
    const b = tx(key, 'button', { type: 'button', class: 'tab', 'data-panel': p });
    b.addEventListener('click', () => { panel = p; page = 0; adding = null; renderPanel(); });
    return b;
  };
  const tabs = h('div', { class: 'tabs reg-tabs', role: 'tablist' },
    tabButton('overdue', 'reg.view.overdue'), tabButton('list', 'reg.view.list'), tabButton('compliance', 'reg.view.compliance'));

  const button = (key: Parameters<typeof tx>[0], action: string, onClick: () => void, cls = 'btn btn-small'): HTMLButtonElement => {
    const b = tx(key, 'button', { type: 'button', class: cls, 'data-action': action });
    b.addEventListener('click', onClick);
    return b;
  };
  const failed = (e: unknown): void => toast(e instanceof ApiError && e.status === 403 ? t('reg.err.forbidden') : t('err.generic'), 'error');
  const toolbar = h('div', { class: 'reg-toolbar' },
    button('reg.addPerson', 'add-person', () => addPerson(), 'btn btn-small btn-primary'),
    button('reg.import', 'import', () => importDialog.open(), 'btn btn-small btn-primary'),
    button('reg.exportRegister', 'export', () => void api.download('/api/register/export?format=xlsx', `register-${options.facilityId}.xlsx`).catch(failed)),
    button('reg.exportContacts', 'export-contacts', () => void api.download('/api/register/contacts/export?format=xlsx', `contacts-${options.facilityId}.xlsx`).catch(failed)));

  const left = h('section', { class: 'col reg-left scroll' }, tx('reg.title', 'h2'), toolbar, tabs, content);
  const element = h('div', { class: 'reg-view' }, left, right, importDialog.element);

  const teamSelect = (value: string, onChange: (v: string) => void): HTMLSelectElement => {
    const select = h('select', { class: 'input input-small', name: 'team' }, h('option', { value: '' }, t('reg.allTeams')),
      ...teams.map((x) => h('option', { value: x, selected: x === value }, x)));
    select.addEventListener('change', () => onChange(select.value));
    return select;
  };

  const personLine = (p: PersonListItem, extra: Node[]): HTMLElement => {
    const open = h('button', { type: 'button', class: 'reg-name linklike', 'data-action': 'open' }, p.name);
    open.addEventListener('click', () => void openPerson(p.id));
    return h('div', { class: `reg-row tier-row-${p.tier}`, 'data-person': p.id, 'data-tier': p.tier },
      h('div', { class: 'reg-row-main' }, tierChip(p.tier), open,
        h('span', { class: 'muted' }, `${code('reg.sex', p.sex)} ${t('reg.person.age', { n: p.age })} · ${p.team} · ${p.village} · ${p.phone}`),
        p.infected ? h('span', { class: 'reg-infected' }, t('reg.infected')) : null,
        p.invented ? h('span', { class: 'reg-invented-dot', title: t('reg.invented') }, '*') : null),
      ...extra);
  };

  const quickContact = (p: { id: string; name: string }, host: HTMLElement, after: () => void): void => {
    host.replaceChildren(createContactForm(p, () => { host.replaceChildren(); after(); }, () => host.replaceChildren()));
    host.querySelector<HTMLElement>('button[type="submit"]')?.focus();
  };

  const renderOverdue = async (): Promise<void> => {
    const mine = renderToken;
    const list = await api.overdue(team || undefined);
    const rows = list.map((p) => {
      const slot = h('div', { class: 'reg-quick' });
      const record = button('reg.recordContact', 'record', () => quickContact(p, slot, () => { reload(); }), 'btn btn-small btn-primary');
      return personLine(p, [h('div', { class: 'reg-row-meta' },
        h('span', { class: 'reg-overdue' }, t('reg.overdueBy', { h: p.overdueHours?.toFixed(1) ?? '0' })),
        h('span', { class: 'muted' }, t('fmt.labelled', { label: t('reg.lastContact'), value: when(p.lastContactAt) })), record), slot]);
    });
    // A slower answer for a panel the doctor has since left (another tab, the new-person form) is dropped.
    if (mine !== renderToken) return;
    content.replaceChildren(h('div', { class: 'reg-filters' }, teamSelect(team, (v) => { team = v; renderPanel(); })),
      rows.length ? h('div', { class: 'reg-rows reg-overdue-list' }, ...rows) : h('div', { class: 'empty-state' }, t('reg.noOverdue')));
  };

  const renderList = async (): Promise<void> => {
    const mine = renderToken;
    const result = await api.listPeople({ tier: filter.tier ? tierOf(filter.tier) : undefined, team: filter.team || undefined, overdue: filter.overdue || undefined,
      infected: filter.infected || undefined, q: filter.q || undefined, page, pageSize: 30 });
    const tier = h('select', { class: 'input input-small', name: 'tier' }, h('option', { value: '' }, t('reg.allTiers')),
      ...TIERS.map((x) => h('option', { value: x, selected: x === filter.tier }, tierName(x))));
    tier.addEventListener('change', () => { filter.tier = tier.value; page = 0; renderPanel(); });
    const check = (key: 'overdue' | 'infected', label: Parameters<typeof tx>[0]): HTMLElement => {
      const box = h('input', { type: 'checkbox', name: key, checked: filter[key] });
      box.addEventListener('change', () => { filter[key] = box.checked; page = 0; renderPanel(); });
      return h('label', { class: 'check' }, box, tx(label));
    };
    const search = h('input', { class: 'input input-small', type: 'search', name: 'q', value: filter.q, placeholder: t('reg.search') });
    search.addEventListener('change', () => { filter.q = search.value.trim(); page = 0; renderPanel(); });
    const prev = button('reg.prev', 'prev', () => { page = Math.max(0, page - 1); renderPanel(); });
    const next = button('reg.next', 'next', () => { page += 1; renderPanel(); });
    prev.disabled = page === 0;
    next.disabled = (page + 1) * result.pageSize >= result.total;
    if (mine !== renderToken) return;
    content.replaceChildren(
      h('div', { class: 'reg-filters' }, search, tier, teamSelect(filter.team, (v) => { filter.team = v; page = 0; renderPanel(); }),
        check('overdue', 'reg.filter.overdue'), check('infected', 'reg.filter.infected')),
      result.items.length
        ? h('div', { class: 'reg-rows reg-list' }, ...result.items.map((p) => personLine(p, [h('div', { class: 'reg-row-meta muted' },
            categoryNames(p.categories), ' · ', p.overdueHours !== null ? h('span', { class: 'reg-overdue' }, t('reg.overdueBy', { h: p.overdueHours.toFixed(1) }))
              : p.dueAt ? t('reg.dueIn', { when: when(p.dueAt) }) : t('reg.noCadence'))])))
        : h('div', { class: 'empty-state' }, t('reg.none')),
      h('div', { class: 'reg-pager' }, prev, h('span', { class: 'muted reg-total' }, t('reg.total', { n: result.total })), next));
  };

  const renderCompliance = async (): Promise<void> => {
    const mine = renderToken;
    const rows = await api.compliance();
    if (mine !== renderToken) return;
    content.replaceChildren(h('table', { class: 'reg-table reg-compliance' },
      h('thead', {}, h('tr', {}, ...(['reg.compliance.team', 'reg.compliance.tier', 'reg.compliance.people', 'reg.compliance.onCadence',
        'reg.compliance.overdue', 'reg.compliance.contacts'] as const).map((k) => tx(k, 'th')))),
      h('tbody', {}, ...rows.map((r) => h('tr', { 'data-team': r.team, 'data-tier': r.tier },
        h('td', {}, r.team), h('td', {}, tierChip(r.tier)), h('td', {}, String(r.people)),
        h('td', {}, `${r.people - r.overdue}（${r.people ? Math.round(100 * (r.people - r.overdue) / r.people) : 100}%）`),
        h('td', { class: r.overdue ? 'reg-overdue' : '' }, String(r.overdue)), h('td', {}, String(r.contactsThisWeek)))))));
  };

  // The form takes the list's place so the map stays beside it for picking the home. While it is open nothing
  // redraws the panel under the doctor's hands; a language switch redraws the form with what was typed.
  // The same form registers someone new or changes someone already registered (as last read).
  let adding: HTMLFormElement | null = null;
  let editing: PersonView | null = null;
  function openForm(person: PersonView | null): void {
    showMap();
    ++renderToken;
    for (const b of tabs.querySelectorAll<HTMLElement>('.tab')) b.classList.remove('active');
    const typed = adding && editing?.id === person?.id ? formValues(adding) : null;
    // The old form's picking ends with it; the home already entered is marked again below.
    if (adding) map.pick(null);
    editing = person;
    const close = (): void => { adding = null; editing = null; };
    const form = createPersonForm({
      teams,
      pick: (handler) => map.pick(handler),
      mark: (lon, lat) => map.mark(lon, lat),
      saved: (saved) => {
        close();
        toast(t(person ? 'reg.form.edited' : 'reg.form.saved', { name: saved.name, tier: tierName(saved.tier) }), 'success');
        reload();
        void openPerson(saved.id);
      },
      cancelled: () => {
        close();
        renderPanel();
        if (person) void openPerson(person.id);
      },
      ...(person ? {
        editing: person,
        reopen: () => { close(); renderPanel(); void openPerson(person.id); },
      } : {}),
    });
    if (typed) restoreValues(form, typed);
    const at = (n: string): number => Number(form.querySelector<HTMLInputElement>(`input[name="${n}"]`)?.value || Number.NaN);
    if (Number.isFinite(at('lon')) && Number.isFinite(at('lat'))) map.mark(at('lon'), at('lat'));
    adding = form;
    content.replaceChildren(form);
    if (!typed) form.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }
  const addPerson = (): void => openForm(null);

  let renderToken = 0;
  function renderPanel(): void {
    if (adding) return;
    map.pick(null);
    for (const b of tabs.querySelectorAll<HTMLElement>('.tab')) b.classList.toggle('active', b.dataset.panel === panel);
    const token = ++renderToken;
    const run = panel === 'overdue' ? renderOverdue : panel === 'list' ? renderList : renderCompliance;
    run().catch((e: unknown) => { if (token === renderToken) failed(e); });
  }

  const showMap = (): void => {
    disposePage?.();
    disposePage = null;
    openId = null;
    contactSlot.replaceChildren();
    right.replaceChildren(tx('reg.map', 'h2'), map.element);
    map.refresh();
  };

  async function openPerson(id: string): Promise<PersonPage | null> {
    try {
      const data = await api.personPage(id);
      // A contact being typed for this person survives the page being reread (a push, a save elsewhere).
      if (openId !== id) contactSlot.replaceChildren();
      openId = id;
      disposePage?.();
      const rendered = renderPersonPage(data, {
        edit: () => openForm(data.person),
        contact: () => quickContact(data.person, contactSlot, () => { reload(); }),
        refer: () => options.refer(data),
        changed: () => { reload(); },
        back: showMap,
        hospitalName: options.hospitalName,
      });
      disposePage = rendered.dispose;
      right.replaceChildren(contactSlot, rendered.element);
      return data;
    } catch (e) {
      failed(e);
      return null;
    }
  }

  function reload(): void {
    renderPanel();
    api.teams().then((list) => { teams = list; }, () => undefined);
    api.mapPoints().then((points) => map.setPoints(points), () => undefined);
    if (openId) void openPerson(openId);
  }

  map.onOpen((id) => void openPerson(id));
  const offLang = onLangChange(() => { if (adding) openForm(editing); else renderPanel(); if (openId) void openPerson(openId); });
  showMap();
  api.teams().then((list) => { teams = list; renderPanel(); }, () => renderPanel());
  api.mapPoints().then((points) => map.setPoints(points), () => undefined);

  return {
    element,
    openPerson,
    reload,
    shown: () => map.refresh(),
    dispose() {
      offLang();
      disposePage?.();
      map.dispose();
    },
  };
}

type FormValues = Array<{ name: string; value: string; checked: boolean }>;

function formValues(form: HTMLFormElement): FormValues {
  return [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')]
    .map((el) => ({ name: el.name, value: el.value, checked: el instanceof HTMLInputElement && el.checked }));
}

function restoreValues(form: HTMLFormElement, values: FormValues): void {
  for (const v of values) {
    const els = form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${v.name}"]`);
    for (const el of els) {
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) { if (el.value === v.value) el.checked = v.checked; }
      else el.value = v.value;
    }
    // A chosen tier shows its reason field again.
    if (v.name === 'tier') form.querySelector('select[name="tier"]')?.dispatchEvent(new Event('change'));
  }
}
