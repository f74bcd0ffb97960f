// The doctor's view of the ranking before sending: as capabilities and priority are chosen, the hospitals that can take
// the patient ranked by road time from this facility, and every hospital left out with its reason in the UI's language.
import { h } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { previewRanking, type RankingPreview } from './api';
import { exclusionText } from './facts';

export function attachRankingPreview(form: HTMLFormElement, facilityId: string | undefined,
  names: (id: string | null | undefined) => string): { element: HTMLElement; dispose(): void } {
  const list = h('ol', { class: 'ranking-list' });
  const excluded = h('ul', { class: 'ranking-excluded' });
  const status = h('div', { class: 'ranking-status muted' });
  const title = h('h3', {});
  const excludedHead = h('h4', { class: 'muted' });
  const element = h('section', { class: 'ranking-preview', 'aria-live': 'polite' }, title, status, list, excludedHead, excluded);
  let last: RankingPreview | null = null;
  let asked = 0;
  let timer = 0;

  const query = () => ({
    requestingFacilityId: facilityId,
    requiredCapabilities: [...form.querySelectorAll<HTMLInputElement>('input[name="capabilities"]:checked')].map((c) => c.value),
    priority: Number(form.querySelector<HTMLSelectElement>('select[name="priority"]')?.value ?? 2),
  });

  const render = (): void => {
    title.textContent = t('gc.ranking.title');
    const q = query();
    if (!q.requiredCapabilities.length) {
      status.textContent = t('gc.ranking.hint');
      list.replaceChildren();
      excluded.replaceChildren();
      excludedHead.hidden = true;
      return;
    }
    if (!last) return;
    status.textContent = last.candidates.length ? '' : t('gc.ranking.none');
    list.replaceChildren(...last.candidates.map((c) => h('li', { class: 'ranking-row', 'data-hospital': c.hospitalId },
      h('b', {}, names(c.hospitalId) || c.name || c.hospitalId),
      h('span', { class: 'muted' }, c.estimatedMinutes != null
        ? t('gc.ranking.minutes', { min: Math.round(c.estimatedMinutes), km: c.distanceKm != null ? c.distanceKm.toFixed(1) : '—' }) : ''))));
    excludedHead.hidden = last.exclusions.length === 0;
    excludedHead.textContent = t('gc.ranking.excluded');
    excluded.replaceChildren(...last.exclusions.map((e) => h('li', { class: `excluded-row reason-${e.reason}`, 'data-hospital': e.hospitalId },
      h('b', {}, names(e.hospitalId) || e.name || e.hospitalId), ` ${exclusionText(e)}`)));
  };

  const refresh = (): void => {
    const q = query();
    if (!q.requiredCapabilities.length || !facilityId) {
      last = null;
      render();
      return;
    }
    const mine = ++asked;
    status.textContent = t('gc.ranking.loading');
    previewRanking(q).then((r) => {
      if (mine !== asked) return; // a newer choice is on its way
      last = r;
      render();
    }, () => {
      if (mine !== asked) return;
      status.textContent = t('gc.ranking.failed');
    });
  };
  const schedule = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 250);
  };
  form.addEventListener('change', schedule);
  form.addEventListener('reset', () => window.setTimeout(refresh, 0));
  const off = onLangChange(render);
  render();
  return { element, dispose() { off(); window.clearTimeout(timer); } };
}
