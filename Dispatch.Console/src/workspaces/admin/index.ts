// Administrator workspace: the region's accounts (create, disable/enable, new password, end sessions, lift a
// sign-in pause), the latest failed sign-ins, and the administrators' own audit. Nothing here needs another role.
import { h, tx } from '../../ui/dom';
import { formatAge, formatTime, lang, onLangChange, t, tOr } from '../../i18n';
import { toast } from '../../ui/banners';
import { ApiError } from '../../auth/http';
import { callSignLabel } from '../../fleet/labels';
import type { Workspace } from '../context';
import { accountCommand, adminAudit, bindings, createAccount, listAccounts, resetPassword, signInFailures,
  type AccountView, type AdminAuditEntry, type BindingChoice, type BindingChoices, type SignInFailure } from './api';

const ROLES = ['dispatcher', 'doctor', 'hospital', 'vehicle', 'admin'] as const;

export const adminWorkspace: Workspace = (main) => {
  let accounts: AccountView[] = [];
  let failures: SignInFailure[] = [];
  let audit: AdminAuditEntry[] = [];
  let choices: BindingChoices = { facilities: [], hospitals: [], vehicles: [] };
  let failed = false;

  const choiceName = (c: BindingChoice | undefined, id: string): string =>
    !c ? id : c.nameEn && lang() === 'en' ? c.nameEn : callSignLabel(c.name);
  const bindingOf = (a: AccountView): string => {
    if (a.facilityId) return choiceName(choices.facilities.find((f) => f.id === a.facilityId), a.facilityId);
    if (a.hospitalId) return choiceName(choices.hospitals.find((f) => f.id === a.hospitalId), a.hospitalId);
    if (a.vehicleId) return choiceName(choices.vehicles.find((f) => f.id === a.vehicleId), a.vehicleId);
    return '—';
  };
  const problem = (err: unknown): string => {
    if (!(err instanceof ApiError)) return t('err.generic');
    const fields = err.problem?.errors ? Object.keys(err.problem.errors) : [];
    if (fields.length) return t('admin.invalid', { fields: fields.map((f) => tOr(`admin.field.${f}`, f)).join('、') });
    if (err.status === 409) return t('admin.taken');
    if (err.status === 404) return t('admin.notFound');
    return t('err.generic');
  };

  // Accounts -----------------------------------------------------------------------------------------------
  const table = h('table', { class: 'admin-table accounts-table' });
  const accountsEmpty = h('div', { class: 'empty-state' });
  const act = (a: AccountView, verb: 'disable' | 'enable' | 'revoke-tokens' | 'unlock', done: 'admin.done.disable' | 'admin.done.enable' | 'admin.done.revoke' | 'admin.done.unlock') =>
    (b: HTMLButtonElement): void => {
      b.disabled = true;
      accountCommand(a.username, verb).then(() => { toast(t(done, { user: a.username }), 'success'); return reload(); }, (e: unknown) => toast(problem(e), 'error'))
        .finally(() => { b.disabled = false; });
    };
  const button = (label: string, cls: string, onClick: (b: HTMLButtonElement) => void): HTMLButtonElement => {
    const b = h('button', { type: 'button', class: `btn btn-ghost btn-small ${cls}` }, label);
    b.addEventListener('click', () => onClick(b));
    return b;
  };
  const passwordRow = (a: AccountView): HTMLElement => {
    const input = h('input', { class: 'input input-small', type: 'password', name: 'newPassword', autocomplete: 'new-password', placeholder: t('admin.newPassword'), minlength: 8 });
    const set = button(t('admin.setPassword'), 'act-password', (b) => {
      if (input.value.length < 8) { toast(t('admin.passwordShort'), 'error'); input.focus(); return; }
      b.disabled = true;
      resetPassword(a.username, input.value).then(() => { input.value = ''; toast(t('admin.done.password', { user: a.username }), 'success'); return reload(); },
        (e: unknown) => toast(problem(e), 'error')).finally(() => { b.disabled = false; });
    });
    return h('span', { class: 'password-row' }, input, set);
  };
  const renderAccounts = (): void => {
    table.replaceChildren(
      h('thead', {}, h('tr', {}, ...(['admin.col.user', 'admin.col.name', 'admin.col.role', 'admin.col.binding', 'admin.col.state', 'admin.col.signIns', 'admin.col.actions'] as const)
        .map((k) => h('th', {}, t(k))))),
      h('tbody', {}, ...accounts.map((a) => h('tr', { 'data-user': a.username, class: a.disabled ? 'is-disabled' : '' },
        h('td', { translate: 'no' }, a.username),
        h('td', { translate: 'no' }, a.displayName),
        h('td', {}, tOr(`role.${a.role}`, a.role), a.source === 'added' ? h('span', { class: 'muted' }, ` · ${t('admin.added')}`) : null),
        h('td', {}, bindingOf(a)),
        h('td', { class: 'account-state' }, a.disabled ? t('admin.disabled') : t('admin.enabled'),
          a.tokensRevokedAt ? h('div', { class: 'muted' }, t('admin.revokedAt', { time: formatTime(new Date(a.tokensRevokedAt)) })) : null),
        h('td', { class: 'account-signins' }, a.pausedForSeconds ? h('b', { class: 'error-text' }, t('admin.paused', { min: Math.ceil(a.pausedForSeconds / 60) })) : null,
          a.failedSignIns ? h('div', {}, t('admin.failures', { n: a.failedSignIns })) : a.pausedForSeconds ? null : '—'),
        h('td', { class: 'account-actions' },
          a.disabled ? button(t('admin.enable'), 'act-enable', act(a, 'enable', 'admin.done.enable'))
            : button(t('admin.disable'), 'act-disable', act(a, 'disable', 'admin.done.disable')),
          button(t('admin.revoke'), 'act-revoke', act(a, 'revoke-tokens', 'admin.done.revoke')),
          a.failedSignIns || a.pausedForSeconds ? button(t('admin.unlock'), 'act-unlock', act(a, 'unlock', 'admin.done.unlock')) : null,
          passwordRow(a))))));
    accountsEmpty.hidden = accounts.length > 0;
    accountsEmpty.textContent = failed ? t('admin.loadFailed') : t('admin.none');
  };

  // Create -------------------------------------------------------------------------------------------------
  const username = h('input', { class: 'input', name: 'username', autocomplete: 'off', maxlength: 64 });
  const displayName = h('input', { class: 'input', name: 'displayName', autocomplete: 'off', maxlength: 80 });
  const role = h('select', { class: 'input', name: 'role' }, ...ROLES.map((r) => h('option', { value: r, 'data-i18n': `role.${r}` }, t(`role.${r}`))));
  const binding = h('select', { class: 'input', name: 'binding' });
  const bindingLabel = h('span', {});
  const password = h('input', { class: 'input', name: 'password', type: 'password', autocomplete: 'new-password', minlength: 8 });
  const createError = h('div', { class: 'form-error span-2', role: 'alert', hidden: true });
  const fillBinding = (): void => {
    const list = role.value === 'doctor' ? choices.facilities : role.value === 'hospital' ? choices.hospitals : role.value === 'vehicle' ? choices.vehicles : [];
    binding.replaceChildren(...list.map((c) => h('option', { value: c.id }, choiceName(c, c.id))));
    binding.disabled = list.length === 0;
    bindingLabel.textContent = t(role.value === 'doctor' ? 'admin.bindFacility' : role.value === 'hospital' ? 'admin.bindHospital' : role.value === 'vehicle' ? 'admin.bindVehicle' : 'admin.bindNone');
  };
  role.addEventListener('change', fillBinding);
  const createForm = h('form', { class: 'form-grid admin-create', novalidate: true },
    h('label', {}, tx('admin.field.username'), username),
    h('label', {}, tx('admin.field.displayName'), displayName),
    h('label', {}, tx('admin.field.role'), role),
    h('label', {}, bindingLabel, binding),
    h('label', {}, tx('admin.field.password'), password),
    createError,
    h('div', { class: 'span-2 form-actions' }, tx('admin.create', 'button', { type: 'submit', class: 'btn btn-primary' })));
  createForm.addEventListener('submit', (e) => {
    e.preventDefault();
    createError.hidden = true;
    const r = role.value;
    createAccount({ username: username.value.trim(), displayName: displayName.value.trim(), role: r, password: password.value,
      facilityId: r === 'doctor' ? binding.value : undefined, hospitalId: r === 'hospital' ? binding.value : undefined, vehicleId: r === 'vehicle' ? binding.value : undefined })
      .then((a) => {
        toast(t('admin.done.create', { user: a.username }), 'success');
        createForm.reset();
        fillBinding();
        return reload();
      }, (err: unknown) => {
        createError.textContent = problem(err);
        createError.hidden = false;
      });
  });

  // Sign-in failures and audit --------------------------------------------------------------------------------
  const failureList = h('ol', { class: 'audit-list failure-list' });
  const auditList = h('ol', { class: 'audit-list admin-audit' });
  const renderLists = (): void => {
    failureList.replaceChildren(...(failures.length ? failures.slice(0, 30).map((f) => h('li', {},
      h('time', { class: 'muted' }, formatAge(f.at)), ' ', h('b', { translate: 'no' }, f.username), f.address ? h('span', { class: 'muted' }, ` · ${f.address}`) : null))
      : [h('li', { class: 'muted' }, t('admin.noFailures'))]));
    auditList.replaceChildren(...(audit.length ? audit.slice(0, 30).map((x) => h('li', { 'data-action': x.action },
      h('time', { class: 'muted' }, formatTime(new Date(x.at))), ' ', h('span', { translate: 'no' }, x.admin), ` · ${tOr(`admin.audit.${x.action}`, x.action)} · `,
      h('b', { translate: 'no' }, x.target)))
      : [h('li', { class: 'muted' }, t('admin.noAudit'))]));
  };

  const render = (): void => {
    fillBinding();
    renderAccounts();
    renderLists();
  };
  const reload = (): Promise<void> => Promise.all([listAccounts(), signInFailures(), adminAudit()]).then(([a, f, x]) => {
    accounts = a;
    failures = f;
    audit = x;
    failed = false;
    render();
  }, () => { failed = true; render(); });

  main.replaceChildren(h('div', { class: 'admin-layout' },
    h('section', { class: 'panel admin-accounts' }, tx('admin.accounts', 'h2'), h('div', { class: 'table-wrap' }, table), accountsEmpty),
    h('aside', { class: 'admin-side' },
      h('section', { class: 'panel' }, tx('admin.createTitle', 'h2'), createForm),
      h('section', { class: 'panel' }, tx('admin.failuresTitle', 'h2'), failureList),
      h('section', { class: 'panel' }, tx('admin.auditTitle', 'h2'), auditList))));
  render();
  void bindings().then((b) => { choices = b; render(); }, () => undefined);
  void reload();
  const timer = window.setInterval(() => void reload(), 15000);
  const offLang = onLangChange(render);
  return () => { window.clearInterval(timer); offLang(); };
};
