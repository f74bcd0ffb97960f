// The doctor's workspace as two tabs: the green-channel desk and the key-population register. Register alerts
// ("refer now", "review") arrive over the hub whichever tab is open; one click opens the request pre-filled.
import { h, tx } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { toast } from '../ui/banners';
import { chime } from '../ui/chime';
import { fetchRegion } from '../map/region';
import type { DispatchHub } from '../realtime/hub';
import { code, tierName } from './labels';
import type { PersonLink } from './person-link';
import { prefillRequest } from './prefill';
import { createRegisterView, type RegisterView } from './register-view';
import type { PersonPage, RegisterAlert } from './types';

export interface DoctorTabsOptions {
  facilityId: string;
  hub: DispatchHub;
  referralsPane: HTMLElement;
  form: HTMLFormElement;
  link: PersonLink;
  hospitalName(id: string | null): string;
}

export function createDoctorTabs(o: DoctorTabsOptions): { element: HTMLElement; dispose(): void } {
  let register: RegisterView | null = null;
  const registerPane = h('div', { class: 'reg-pane', hidden: true });
  const alerts = h('div', { class: 'reg-alerts', 'aria-live': 'assertive' });
  const tab = (key: Parameters<typeof tx>[0], name: string): HTMLButtonElement => {
    const b = tx(key, 'button', { type: 'button', class: 'tab', 'data-tab': name });
    b.addEventListener('click', () => show(name));
    return b;
  };
  const tabs = h('div', { class: 'tabs doctor-tabs', role: 'tablist' }, tab('reg.tab.referrals', 'referrals'), tab('reg.tab.register', 'register'));
  const status = h('div', { class: 'form-note status-info reg-prefilled', hidden: true, role: 'status' });
  o.form.prepend(status);
  o.form.addEventListener('reset', () => { o.link.personId = null; status.hidden = true; });

  const ensureRegister = async (): Promise<RegisterView> => {
    if (register) return register;
    const region = await fetchRegion();
    register ??= createRegisterView({ region, facilityId: o.facilityId, refer, hospitalName: o.hospitalName });
    registerPane.replaceChildren(register.element);
    return register;
  };

  function show(name: string): void {
    for (const b of tabs.querySelectorAll<HTMLElement>('.tab')) b.classList.toggle('active', b.dataset.tab === name);
    o.referralsPane.hidden = name !== 'referrals';
    registerPane.hidden = name !== 'register';
    if (name === 'register') void ensureRegister().then((r) => r.shown());
  }

  function refer(page: PersonPage): void {
    show('referrals');
    o.form.reset();
    prefillRequest(o.form, page);
    o.link.personId = page.person.id;
    status.hidden = false;
    status.textContent = `${t('reg.prefilled', { name: page.person.name })} ${t('reg.pickup', { village: page.person.village, lon: page.person.lon.toFixed(5), lat: page.person.lat.toFixed(5) })}`;
    o.form.scrollIntoView({ block: 'start' });
  }

  const referFromAlert = async (personId: string): Promise<void> => {
    const view = await ensureRegister();
    const page = await view.openPerson(personId);
    if (page) refer(page);
  };

  const offAlert = o.hub.on('RegisterAlert', (raw) => {
    const a = raw as RegisterAlert;
    if (!a || typeof a.personId !== 'string') return;
    const reasons = (a.reasons ?? []).map((r) => code('reg.alert', r)).join(t('reg.listSep'));
    const text = t(a.kind === 'referNow' ? 'reg.alert.referNow' : 'reg.alert.review', { name: a.name, tier: tierName(a.tier), reasons });
    const act = tx(a.kind === 'referNow' ? 'reg.referNow' : 'reg.open', 'button', { type: 'button', class: 'btn btn-light btn-small', 'data-action': 'alert-refer' });
    const dismiss = tx('reg.alert.dismiss', 'button', { type: 'button', class: 'btn btn-ghost btn-small' });
    const banner = h('div', { class: `reg-alert reg-alert-${a.kind}`, role: 'alert', 'data-person': a.personId }, h('span', { class: 'reg-alert-text' }, text), act, dismiss);
    act.addEventListener('click', () => {
      banner.remove();
      if (a.kind === 'referNow') void referFromAlert(a.personId);
      else { show('register'); void ensureRegister().then((r) => r.openPerson(a.personId)); }
    });
    dismiss.addEventListener('click', () => banner.remove());
    alerts.prepend(banner);
    chime(a.kind === 'referNow');
    toast(text, a.kind === 'referNow' ? 'error' : 'info');
    register?.reload();
  });
  // A referral raised for a person moves on: the open person page shows its outcome without a reload.
  let referralTimer = 0;
  const offReferral = o.hub.on('ReferralChanged', () => {
    window.clearTimeout(referralTimer);
    referralTimer = window.setTimeout(() => register?.reload(), 300);
  });
  const offLang = onLangChange(() => { if (!status.hidden && o.link.personId === null) status.hidden = true; });

  show('referrals');
  return {
    element: h('div', { class: 'doctor-shell' }, tabs, alerts, o.referralsPane, registerPane),
    dispose() {
      offAlert();
      offReferral();
      window.clearTimeout(referralTimer);
      offLang();
      register?.dispose();
    },
  };
}
