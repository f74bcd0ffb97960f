// Fills the doctor's green-channel request form from a person's page: age, sex, tier, conditions, latest vitals.
import { t } from '../i18n';
import { categoryNames, day, tierName } from './labels';
import type { PersonPage } from './types';

function setValue(form: HTMLFormElement, name: string, value: string | number | null | undefined): void {
  const input = form.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]:not([type="radio"])`);
  if (input && value !== null && value !== undefined) {
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function check(form: HTMLFormElement, name: string, value: string): void {
  const radio = form.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`);
  if (radio) radio.checked = true;
}

/** The form keeps the doctor's own entries for what the register does not know (blood pressure, capabilities, staff). */
export function prefillRequest(form: HTMLFormElement, page: PersonPage): void {
  const p = page.person;
  const latest = page.contacts[0];
  setValue(form, 'age', p.age);
  check(form, 'sex', p.sex === 'male' || p.sex === 'female' ? p.sex : 'unknown');
  check(form, 'tier', p.tier);
  setValue(form, 'condition', t('reg.prefillCondition', {
    tier: tierName(p.tier),
    categories: categoryNames(p.categories),
    infection: p.infected ? t('reg.prefillInfected', { date: day(p.infectedSince) }) : '',
  }).trim());
  setValue(form, 'spo2', latest?.spO2 ?? p.lastSpO2);
  setValue(form, 'heartRate', latest?.heartRate);
  // A red-tier person is referred at priority 2 at least (the server enforces the configured floor too).
  if (p.tier === 'red') {
    const priority = form.querySelector<HTMLSelectElement>('select[name="priority"]');
    if (priority && Number(priority.value) > 2) priority.value = '2';
  }
}
