// Sign-in screen: username / password, problem-details errors shown inline under the form.
import { h, tx } from '../ui/dom';
import { t, type MessageKey } from '../i18n';
import { langSwitch } from '../ui/lang-switch';
import { api, ApiError } from './http';
import { isSession, saveSession, type Session } from './session';

export function renderSignIn(root: HTMLElement, onSignedIn: (session: Session) => void, notice?: MessageKey): void {
  const username = h('input', { id: 'signin-user', name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { id: 'signin-pass', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('div', { class: 'form-error', role: 'alert', 'aria-live': 'assertive' });
  const submit = tx('signin.submit', 'button', { type: 'submit', class: 'btn btn-primary btn-block' });

  const showError = (text: string): void => {
    error.textContent = text;
    error.hidden = text.length === 0;
  };
  showError(notice ? t(notice) : '');
  if (notice === 'signin.signedOut') error.classList.add('form-info');

  const form = h('form', { class: 'signin-form', novalidate: true },
    h('label', { for: 'signin-user' }, tx('signin.username')), username,
    h('label', { for: 'signin-pass' }, tx('signin.password')), password,
    error, submit);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.classList.remove('form-info');
    const user = username.value.trim();
    if (!user || !password.value) {
      showError(t('signin.missing'));
      (user ? password : username).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('signin.busy');
    signIn(user, password.value)
      .then((session) => {
        saveSession(session);
        onSignedIn(session);
      })
      .catch((err: unknown) => {
        showError(describeFailure(err));
        password.value = '';
        password.focus();
      })
      .finally(() => {
        submit.disabled = false;
        submit.textContent = t('signin.submit');
      });
  });

  root.replaceChildren(h('div', { class: 'signin-page' },
    h('div', { class: 'signin-top' }, langSwitch()),
    h('main', { class: 'signin-card' },
      h('div', { class: 'signin-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '120'), tx('app.title', 'h1')),
      tx('signin.subtitle', 'p', { class: 'signin-subtitle' }),
      tx('signin.heading', 'h2'),
      form),
    h('footer', { class: 'signin-footer' }, '© OpenStreetMap contributors')));
  username.focus();
}

async function signIn(username: string, password: string): Promise<Session> {
  const body = await api<unknown>('/api/auth/token', { method: 'POST', body: { username, password }, anonymous: true });
  if (!isSession(body)) throw new ApiError(500, { title: t('signin.failed') });
  return body;
}

function describeFailure(err: unknown): string {
  if (!(err instanceof ApiError)) return t('err.generic');
  if (err.status === 0) return t('signin.network');
  // Known outcomes get the user's language; the server's problem text is kept for anything unexpected.
  if (err.status === 429) return t('signin.throttled');
  if (err.status === 401) return t('signin.badCredentials');
  if (err.status === 400 && err.problem?.errors) return t('signin.missing');
  return t('signin.failed');
}
