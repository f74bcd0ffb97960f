// A referral's audited history on its card, opened on demand: who did what, when, and why (reasons translated).
import { h } from '../ui/dom';
import { formatTime, t, tOr } from '../i18n';
import { reasonText } from '../ui/reason-dialog';
import { referralAudit, type AuditEntry } from './api';
import type { ReferralSummary } from './types';

const cache = new Map<string, { version: number | undefined; entries: Promise<AuditEntry[]> }>();

export function actionLabel(action: string): string {
  const key = action.charAt(0).toLowerCase() + action.slice(1);
  return tOr(`audit.${key}`, action);
}

export function roleLabel(role: string): string {
  return tOr(`role.${role.toLowerCase()}`, role);
}

/**
 * The history toggle and, when open, the list. `open` keeps which cards are open across redraws of the queue.
 * `vehicleName` turns the vehicle id an assignment records into its call sign.
 */
export function referralHistory(r: ReferralSummary, open: Set<string>, vehicleName: (id: string) => string, redraw: () => void): HTMLElement {
  const shown = open.has(r.id);
  const toggle = h('button', { type: 'button', class: 'btn btn-ghost btn-small act-history', 'aria-expanded': String(shown) },
    t(shown ? 'act.hideHistory' : 'act.history'));
  toggle.addEventListener('click', () => {
    if (shown) open.delete(r.id);
    else open.add(r.id);
    redraw();
  });
  const wrap = h('div', { class: 'case-history' }, toggle);
  if (!shown) return wrap;

  const list = h('ol', { class: 'audit-list' });
  wrap.append(list);
  let hit = cache.get(r.id);
  if (!hit || hit.version !== r.version) {
    hit = { version: r.version, entries: referralAudit(r.id) };
    cache.set(r.id, hit);
  }
  hit.entries.then((entries) => {
    list.replaceChildren(...(entries.length ? entries.map((e) => auditItem(e, vehicleName)) : [h('li', { class: 'muted' }, t('act.historyEmpty'))]));
  }, () => {
    cache.delete(r.id);
    list.replaceChildren(h('li', { class: 'error-text' }, t('act.historyFailed')));
  });
  return wrap;
}

function auditItem(e: AuditEntry, vehicleName: (id: string) => string): HTMLElement {
  const x = e.transition;
  // An assignment records the vehicle id as its reason unless it replaced a vehicle (then the reason given).
  const why = x.action.toLowerCase() === 'assignvehicle' && x.reason && vehicleName(x.reason) !== x.reason ? vehicleName(x.reason) : reasonText(x.reason);
  const at = new Date(x.at);
  return h('li', { class: 'audit-item', 'data-action': x.action },
    h('time', { class: 'muted' }, Number.isNaN(at.getTime()) ? '' : formatTime(at)),
    h('span', {}, ` ${roleLabel(x.role)} `),
    // A username is a name, the same in every language.
    x.role === 'system' ? null : h('span', { class: 'audit-actor', translate: 'no' }, x.actor),
    h('span', {}, ` · ${actionLabel(x.action)}`),
    why ? h('span', { class: 'audit-reason', translate: 'no' }, ` · ${why}`) : null);
}
