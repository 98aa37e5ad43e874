import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStatusChip, type ChipView } from '../../../entrypoints/helpdesk.content/status-chip';
import { createFirstStageTranslator } from '../../../lib/i18n/first-stage-messages';

const view = (patch: Partial<ChipView> = {}): ChipView => ({
  status: 'connecting',
  roundTripMs: null,
  collapsed: true,
  dock: 'left',
  waiting: 0,
  urgent: 0,
  profile: { id: 'demo-desk', name: 'Demo desk' },
  lost: false,
  tooHeavy: false,
  rowsCapped: null,
  openUnsure: false,
  ...patch,
});

afterEach(() => document.body.replaceChildren());

describe('the chip the first stage draws', () => {
  it('says whether the page is watched and who waits, as one chip that keeps its element', () => {
    const onToggle = vi.fn();
    const chip = createStatusChip(document.body, { onToggle, onReteach: vi.fn() });
    const en = createFirstStageTranslator('en');
    chip.draw(view(), en);
    const element = document.querySelector<HTMLElement>('[data-testid="nz-overlay"]')!;
    expect(element.dataset.state).toBe('connecting');
    chip.draw(view({ status: 'connected', waiting: 3, urgent: 1, roundTripMs: 12 }), en);
    expect(document.querySelector('[data-testid="nz-overlay"]')).toBe(element);
    expect(element.dataset.state).toBe('connected');
    expect(element.textContent).toBe('Nezabudkaon watch3 waiting1 overdue');
    expect(element.title).toBe('Profile: Demo desk\nBackground answered in 12 ms');
    element.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')!.click();
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('tells a new round trip in its tooltip alone: its buttons stay the same elements', () => {
    const chip = createStatusChip(document.body, { onToggle: vi.fn(), onReteach: vi.fn() });
    const en = createFirstStageTranslator('en');
    chip.draw(view({ status: 'connected', waiting: 2 }), en);
    const toggle = document.querySelector('.nz-chip__toggle');
    chip.draw(view({ status: 'connected', waiting: 2, roundTripMs: 7 }), en);
    const element = document.querySelector<HTMLElement>('[data-testid="nz-overlay"]')!;
    expect(element.title).toBe('Profile: Demo desk\nBackground answered in 7 ms');
    expect(element.dataset.roundTripMs).toBe('7');
    expect(document.querySelector('.nz-chip__toggle')).toBe(toggle);
    chip.draw(view({ status: 'connected', waiting: 3, roundTripMs: 7 }), en);
    expect(element.textContent).toBe('Nezabudkaon watch3 waiting');
  });

  it('offers to teach again when the profile finds nothing any more (ru)', () => {
    const onReteach = vi.fn();
    const chip = createStatusChip(document.body, { onToggle: vi.fn(), onReteach });
    chip.draw(view({ status: 'connected', lost: true }), createFirstStageTranslator('ru'));
    expect(document.querySelector('[data-testid="nz-profile-lost"]')!.textContent).toBe(
      'Диалоги здесь больше не находятся',
    );
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Обучить заново')!.click();
    expect(onReteach).toHaveBeenCalledOnce();
  });

  it('says a page too heavy to read is paused, and how many rows of a long list are read (ru)', () => {
    const onReteach = vi.fn();
    const chip = createStatusChip(document.body, { onToggle: vi.fn(), onReteach });
    const ru = createFirstStageTranslator('ru');
    chip.draw(view({ status: 'connected', rowsCapped: { read: 500, total: 20000 } }), ru);
    expect(document.querySelector<HTMLElement>('[data-testid="nz-overlay"]')!.title).toMatch(
      /^Профиль: Demo desk\nЧитаются первые 500 из 20000 диалогов/,
    );
    chip.draw(view({ status: 'connected', tooHeavy: true }), ru);
    expect(document.querySelector('[data-testid="nz-profile-too-heavy"]')!.textContent).toMatch(
      /^Пауза: страница слишком тяжела/,
    );
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Обучить заново')!.click();
    expect(onReteach).toHaveBeenCalledOnce();
  });
});
