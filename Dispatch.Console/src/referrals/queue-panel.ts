// Dispatcher's queue of open referrals (and, once the server has them, 120 calls), most urgent first.
import { h } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { referralCard } from './labels';
import type { ReferralStore } from './store';
import { TERMINAL_STATES } from './types';

export function createQueuePanel(store: ReferralStore, names: (id: string | null | undefined) => string, onPick: (id: string) => void) {
  const list = h('div', { class: 'ref-list' });
  const empty = h('div', { class: 'empty-state' });
  const element = h('section', { class: 'panel queue-panel' }, list, empty);
  let failed = false;

  const render = (): void => {
    const open = store.list().filter((r) => !TERMINAL_STATES.has(r.state ?? ''));
    list.replaceChildren(...open.map((r) => {
      const card = referralCard(r, names);
      card.tabIndex = 0;
      card.addEventListener('click', () => onPick(r.id));
      return card;
    }));
    empty.hidden = open.length > 0;
    empty.textContent = failed ? t('queue.loadFailed') : !store.available ? t('queue.unavailable') : t('queue.empty');
    empty.classList.toggle('error-text', failed);
  };
  const offStore = store.subscribe(render);
  const offLang = onLangChange(render);
  // Ages ("3 分钟前") go stale on their own.
  const timer = window.setInterval(render, 30000);
  render();
  return {
    element,
    refresh: render,
    setError(value: boolean) {
      failed = value;
      render();
    },
    dispose() {
      offStore();
      offLang();
      window.clearInterval(timer);
    },
  };
}
