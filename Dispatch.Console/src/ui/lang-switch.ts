// The 中文 / English button, present on every screen.
import { h } from './dom';
import { t, toggleLang } from '../i18n';

export function langSwitch(): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'btn btn-ghost lang-switch', 'data-i18n': 'lang.switch', 'data-i18n-title': 'lang.switchTitle' });
  button.textContent = t('lang.switch');
  button.title = t('lang.switchTitle');
  button.addEventListener('click', () => toggleLang());
  return button;
}
