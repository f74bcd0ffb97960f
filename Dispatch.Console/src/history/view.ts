// The history view: search of past calls, transports and referrals, a case's timeline and track playback, and the
// reports. Opened from the header ("历史记录") or from "近期完成" in the dispatcher's queue.
import { onLangChange, t } from '../i18n';
import { ApiError } from '../auth/http';
import { failureText } from '../ui/failure';
import { fetchRegion, type Region } from '../map/region';
import { h, tx } from '../ui/dom';
import { searchRecord, type RecordPage, type RecordSummary } from './api';
import { createCasePane } from './case-pane';
import { createReportsPane } from './reports-pane';
import { kindLabel, numberOf, patientText, stateLabel, timeLabel } from './labels';

const CALL_STATES = ['queued', 'dispatched', 'enRoute', 'onScene', 'completed', 'cancelled'] as const satisfies readonly RecordSummary['state'][];
const REFERRAL_STATES = ['offered', 'accepted', 'escalated', 'handedOver', 'failed'] as const satisfies readonly RecordSummary['state'][];
const SORTS = ['-created', 'created', 'priority', '-closed'] as const;
const PAGE_SIZE = 20;

export interface HistoryView {
  element: HTMLElement;
  open(preset?: { sort?: string; state?: string }): void;
  close(): void;
  dispose(): void;
}

export function createHistoryView(region: () => Region | null, names: (id: string | null | undefined) => string, canReport: boolean): HistoryView {
  const input = (cls: string, placeholder: string): HTMLInputElement => h('input', { type: 'search', class: cls, placeholder });
  const number = input('hist-number', '');
  const patient = input('hist-patient', '');
  const phone = input('hist-phone', '');
  const kind = h('select', { class: 'hist-kind' });
  const state = h('select', { class: 'hist-state' });
  const priority = h('select', { class: 'hist-priority' });
  const from = h('input', { type: 'date', class: 'hist-from' });
  const to = h('input', { type: 'date', class: 'hist-to' });
  const sort = h('select', { class: 'hist-sort' });
  const go = h('button', { type: 'submit', class: 'btn btn-primary hist-go' });
  const reset = h('button', { type: 'button', class: 'btn btn-ghost hist-reset' });
  const status = h('div', { class: 'hist-status muted' });
  const tbody = h('tbody', {});
  const head = h('thead', {});
  const prev = h('button', { type: 'button', class: 'btn btn-ghost hist-prev' });
  const next = h('button', { type: 'button', class: 'btn btn-ghost hist-next' });
  const pageLabel = h('span', { class: 'hist-page muted' });
  const labels: [HTMLElement, string][] = [];
  const field = (key: string, control: HTMLElement): HTMLElement => {
    const span = h('span', {});
    labels.push([span, key]);
    return h('label', { class: 'hist-field' }, span, control);
  };
  const form = h('form', { class: 'hist-form' },
    field('hist.number', number), field('hist.patient', patient), field('hist.phone', phone), field('hist.kind', kind),
    field('hist.state', state), field('hist.priority', priority), field('hist.from', from), field('hist.to', to), field('hist.sort', sort), go, reset);
  const list = h('section', { class: 'hist-search' }, form, status,
    h('table', { class: 'hist-table hist-results' }, head, tbody), h('div', { class: 'hist-pager' }, prev, pageLabel, next));
  const casePane = createCasePane(region, () => { casePane.hide(); list.hidden = false; });
  const reports = createReportsPane(names);
  const tabSearch = h('button', { type: 'button', class: 'tab hist-tab-search' });
  const tabReports = h('button', { type: 'button', class: 'tab hist-tab-reports', hidden: !canReport });
  const title = h('h2', {});
  const close = h('button', { type: 'button', class: 'btn btn-ghost dialog-close hist-close', 'aria-label': 'close' }, '×');
  const element = h('section', { class: 'history-view', role: 'dialog', hidden: true },
    h('header', { class: 'hist-head no-print' }, title, h('div', { class: 'tabs' }, tabSearch, tabReports), close),
    list, casePane.element, reports.element);
  let page = 1;
  // Answers can overtake each other: only the latest search may fill the table.
  let latest = 0;

  const option = (value: string, text: string): HTMLOptionElement => h('option', { value }, text);
  const fillStatic = (): void => {
    const keepKind = kind.value, keepState = state.value, keepPriority = priority.value, keepSort = sort.value;
    kind.replaceChildren(option('', t('hist.kind.any')), ...['call', 'transport', 'referral'].map((k) => option(k, kindLabel(k))));
    state.replaceChildren(option('', t('hist.state.any')), ...CALL_STATES.map((s) => option(s, stateLabel('call', s))), ...REFERRAL_STATES.map((s) => option(s, stateLabel('referral', s))));
    priority.replaceChildren(option('', t('hist.priority.any')), ...[1, 2, 3, 4].map((p) => option(String(p), String(p))));
    sort.replaceChildren(...SORTS.map((s) => option(s, t(`hist.sort.${s}`))));
    kind.value = keepKind; state.value = keepState; priority.value = keepPriority; sort.value = keepSort || '-created';
    for (const [span, key] of labels) span.textContent = t(key as Parameters<typeof t>[0]);
    number.placeholder = 'ZZ20261205-0007';
    go.textContent = t('hist.search');
    reset.textContent = t('hist.reset');
    prev.textContent = t('hist.prev');
    next.textContent = t('hist.next');
    tabSearch.textContent = t('hist.tab.search');
    tabReports.textContent = t('hist.tab.reports');
    title.textContent = t('hist.title');
    head.replaceChildren(h('tr', {}, ...(['number', 'kind', 'state', 'priority', 'patient', 'phone', 'created', 'closed'] as const).map((k) => h('th', {}, t(`hist.col.${k}`)))));
  };

  async function search(): Promise<void> {
    const q = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), sort: sort.value || '-created' });
    const add = (name: string, value: string): void => { if (value.trim()) q.set(name, value.trim()); };
    add('number', number.value); add('patient', patient.value); add('phone', phone.value);
    add('kind', kind.value); add('state', state.value); add('priority', priority.value);
    if (from.value) q.set('from', new Date(`${from.value}T00:00:00`).toISOString());
    if (to.value) q.set('to', new Date(new Date(`${to.value}T00:00:00`).getTime() + 86400_000).toISOString());
    let result: RecordPage;
    const mine = ++latest;
    try {
      result = await searchRecord(q);
      if (mine !== latest) return;
    } catch (e) {
      if (mine !== latest) return;
      status.textContent = e instanceof ApiError && e.status === 503 ? t('hist.unavailable') : failureText(e);
      tbody.replaceChildren();
      return;
    }
    status.textContent = result.total === 0 ? t('hist.none')
      : result.totalIsAtLeast ? t('hist.resultsMore', { n: result.total }) : t('hist.results', { n: result.total });
    tbody.replaceChildren(...result.items.map((c) => {
      const row = h('tr', { class: 'hist-row', 'data-id': c.id, tabindex: 0 },
        h('td', { class: 'hist-num' }, numberOf(c)), h('td', {}, kindLabel(c.kind)), h('td', {}, stateLabel(c.kind, c.state)),
        h('td', {}, c.priority ? String(c.priority) : '—'), h('td', {}, patientText(c.patientLine)), h('td', {}, c.callerPhone ?? '—'),
        h('td', {}, timeLabel(c.createdAt)), h('td', {}, timeLabel(c.closedAt)));
      const openIt = (): void => { list.hidden = true; void casePane.show(c.id); };
      row.addEventListener('click', openIt);
      row.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter') openIt(); });
      return row;
    }));
    prev.disabled = page <= 1;
    next.disabled = page * PAGE_SIZE >= result.total;
    pageLabel.textContent = t('hist.page', { n: page });
  }

  const showTab = (which: 'search' | 'reports'): void => {
    tabSearch.classList.toggle('active', which === 'search');
    tabReports.classList.toggle('active', which === 'reports');
    casePane.hide();
    list.hidden = which !== 'search';
    if (which === 'reports') reports.show(); else reports.hide();
  };

  form.addEventListener('submit', (e) => { e.preventDefault(); page = 1; void search(); });
  reset.addEventListener('click', () => { form.reset(); sort.value = '-created'; page = 1; void search(); });
  prev.addEventListener('click', () => { page = Math.max(1, page - 1); void search(); });
  next.addEventListener('click', () => { page++; void search(); });
  tabSearch.addEventListener('click', () => showTab('search'));
  tabReports.addEventListener('click', () => showTab('reports'));
  close.addEventListener('click', () => view.close());
  const offLang = onLangChange(() => { fillStatic(); casePane.relabel(); reports.relabel(); if (!element.hidden && !list.hidden) void search(); });
  fillStatic();

  const view: HistoryView = {
    element,
    open(preset) {
      element.hidden = false;
      if (preset?.sort) sort.value = preset.sort;
      if (preset?.state !== undefined) state.value = preset.state;
      showTab('search');
      page = 1;
      void search();
    },
    close() {
      casePane.hide();
      element.hidden = true;
    },
    dispose: offLang,
  };
  return view;
}

/**
 * The record for a doctor's or hospital's desk: their own facility's past cases (the server scopes them), opened from
 * a header button over the workspace.
 */
export function addHistoryToDesk(main: HTMLElement, header: { addAction(el: HTMLElement): void }, names: (id: string | null | undefined) => string): HistoryView {
  let region: Region | null = null;
  void fetchRegion().then((r) => { region = r; }, () => undefined);
  const history = createHistoryView(() => region, names, true);
  main.append(history.element);
  const button = tx('hist.open', 'button', { type: 'button', class: 'btn btn-ghost history-open' });
  button.addEventListener('click', () => history.open());
  header.addAction(button);
  return history;
}
