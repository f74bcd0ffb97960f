// Entry point: sign-in, then the workspace the signed-in role is allowed to use.
import { applyStatic, lang, t, type MessageKey } from './i18n';
import { api, onUnauthorized } from './auth/http';
import { resetServerPaths } from './auth/capabilities';
import { clearSession, loadSession, type Role, type Session } from './auth/session';
import { renderSignIn } from './auth/sign-in';
import { DispatchHub } from './realtime/hub';
import { createHeader } from './ui/header';
import { connectionBanner } from './ui/banners';
import { h } from './ui/dom';
import type { Workspace } from './workspaces/context';
import { dispatcherWorkspace } from './workspaces/dispatcher';
import { doctorWorkspace } from './workspaces/doctor';
import { hospitalWorkspace } from './workspaces/hospital';
import { adminWorkspace } from './workspaces/admin';
import { vehicleNotice } from './workspaces/vehicle-notice';

const WORKSPACES: Record<Role, { mount: Workspace; title: MessageKey }> = {
  dispatcher: { mount: dispatcherWorkspace, title: 'app.title' },
  admin: { mount: adminWorkspace, title: 'admin.title' },
  doctor: { mount: doctorWorkspace, title: 'doctor.title' },
  hospital: { mount: hospitalWorkspace, title: 'hospital.title' },
  vehicle: { mount: vehicleNotice, title: 'vehicleRole.title' },
};

const root = document.getElementById('app') ?? document.body;
let teardown: (() => void) | null = null;

function showSignIn(notice?: MessageKey): void {
  teardown?.();
  teardown = null;
  renderSignIn(root, openWorkspace, notice);
}

function signOut(notice: MessageKey = 'signin.signedOut', revoke = false): void {
  // Revoke server-side so a copied token dies with the session; don't wait for the answer.
  if (revoke && loadSession()) void api('/api/auth/revoke', { method: 'POST' }).catch(() => undefined);
  clearSession();
  showSignIn(notice);
}

function openWorkspace(session: Session): void {
  teardown?.();
  const entry = WORKSPACES[session.role];
  resetServerPaths();
  const hub = new DispatchHub(() => { if (loadSession() !== null) signOut('signin.expired'); });
  const header = createHeader(session, () => signOut('signin.signedOut', true), entry.title);
  const banner = connectionBanner();
  const main = h('main', { class: `workspace workspace-${session.role}` });
  root.replaceChildren(h('div', { class: 'app-shell' }, header.element, banner.element, main));

  // A reconnect may be to an upgraded server: learn its routes again before the snapshots are refetched.
  const offResync = hub.onResync(resetServerPaths);
  const offState = hub.onState((state) => {
    header.setConnection(state);
    banner.set(state);
  });
  const unmount = entry.mount(main, { session, hub, header });
  hub.start();

  // The token dies at expiresAt whatever we do: go back to sign-in then rather than fail call by call.
  const msLeft = Date.parse(session.expiresAt) - Date.now();
  const expiry = Number.isFinite(msLeft) && msLeft < 2 ** 31 - 1 ? window.setTimeout(() => signOut('signin.expired'), Math.max(0, msLeft)) : 0;

  teardown = () => {
    window.clearTimeout(expiry);
    offState();
    offResync();
    unmount();
    header.dispose();
    banner.dispose();
    void hub.stop();
  };
}

document.documentElement.lang = lang();
document.title = `120 ${t('app.title')}`;
onUnauthorized(() => {
  // Several calls may fail at once; react to the first only.
  if (loadSession() !== null) signOut('signin.expired');
});
const existing = loadSession();
if (existing) openWorkspace(existing);
else showSignIn();
applyStatic(document.body);
document.body.dataset.ready = 'true';
