import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { showInvitation } from '../../../entrypoints/helpdesk.content/show-invitation';
import { drawTeachInvite } from '../../../entrypoints/helpdesk.content/teach-invite';
import { createFirstStageTranslator } from '../../../lib/i18n/first-stage-messages';

// The invitation to teach on an enabled site's page no profile recognised, as the
// sensor stage draws it in plain DOM (no interface stage loaded for it).

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.notifyInvalidated();
  ctx = undefined;
  document.body.replaceChildren();
  vi.unstubAllEnvs();
});

const invite = () => document.querySelector<HTMLElement>('[data-testid="nz-teach-invite"]');
/** The invitation's buttons: Teach, then close. */
const buttonsOf = (note: Element) => {
  const [teach, close] = note.querySelectorAll('button');
  if (!teach || !close) throw new Error('the invitation has no Teach and close buttons');
  return [teach, close] as const;
};

describe('the invitation to teach, drawn by the first stage', () => {
  it('says which built-in profile does not recognise the page, in both languages', () => {
    const actions = { onTeach: vi.fn(), onClose: vi.fn() };
    drawTeachInvite(document.body, { builtIn: 'Acme Desk', t: createFirstStageTranslator('en'), ...actions });
    expect(invite()!.getAttribute('role')).toBe('status');
    expect(invite()!.textContent).toBe(
      'NezabudkaThe built-in profile for Acme Desk does not recognise this page — teach it.Teach this site×',
    );
    document.body.replaceChildren();
    drawTeachInvite(document.body, { builtIn: 'Acme Desk', t: createFirstStageTranslator('ru'), ...actions });
    expect(invite()!.textContent).toBe(
      'НезабудкаВстроенный профиль для Acme Desk не узнаёт эту страницу — обучите Незабудку.Обучить на этом сайте×',
    );
    expect(
      buttonsOf(invite()!).map((button) => button.getAttribute('aria-label') ?? button.textContent),
    ).toEqual(['Обучить на этом сайте', 'Отмена']);
  });

  it('on a site nothing covers, says it is not set up; Teach and close are buttons in reach of the keyboard', () => {
    const actions = { onTeach: vi.fn(), onClose: vi.fn() };
    drawTeachInvite(document.body, { builtIn: null, t: createFirstStageTranslator('en'), ...actions });
    expect(invite()!.textContent).toBe('NezabudkaNot set up on this site yet.Teach this site×');
    const [teach, close] = buttonsOf(invite()!);
    // Native buttons in the tab order: Tab reaches them, Enter and Space press them.
    for (const button of [teach, close]) {
      expect(button.type).toBe('button');
      expect(button.tabIndex).toBe(0);
      expect(button.disabled).toBe(false);
    }
    expect(close.getAttribute('aria-label')).toBe('Cancel');
    teach.focus();
    expect(document.activeElement).toBe(teach);
    teach.click();
    expect(actions.onTeach).toHaveBeenCalledOnce();
    expect(actions.onClose).not.toHaveBeenCalled();
    close.click();
    expect(actions.onClose).toHaveBeenCalledOnce();
  });
});

describe('showing the invitation on the page', () => {
  /** The background's answer to the settings request. */
  function settingsSay(language: 'en' | 'ru' | 'auto') {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => ({
      ok: true,
      data: { language },
    })) as never);
  }
  const shown = () =>
    document.querySelector('nezabudka-teach')?.shadowRoot?.querySelector('[data-testid="nz-teach-invite"]') ??
    null;

  it("speaks the operator's language, starts teaching on Teach, and is gone for this page load on close", async () => {
    vi.stubEnv('NZ_SHADOW_MODE', 'open');
    settingsSay('ru');
    ctx = new ContentScriptContext('helpdesk');
    const onTeach = vi.fn();
    showInvitation(ctx, { builtIn: null }, onTeach);
    await waitFor(() => expect(shown()).not.toBeNull());
    expect(shown()!.textContent).toContain('На этом сайте ещё не настроена.');
    expect(document.querySelector('nezabudka-overlay')).toBeNull(); // the overlay's mark stays free
    const [teach, close] = buttonsOf(shown()!);
    teach.click();
    expect(onTeach).toHaveBeenCalledOnce();
    close.click();
    expect(document.querySelector('nezabudka-teach')).toBeNull();
  });

  it('removed for teach mode before the setting was read, never appears', async () => {
    vi.stubEnv('NZ_SHADOW_MODE', 'open');
    settingsSay('en');
    ctx = new ContentScriptContext('helpdesk');
    const invitation = showInvitation(ctx, { builtIn: 'Acme Desk' }, vi.fn());
    invitation.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelector('nezabudka-teach')).toBeNull();
  });

  it('goes when teach mode takes its place, and with the content script', async () => {
    vi.stubEnv('NZ_SHADOW_MODE', 'open');
    settingsSay('auto');
    ctx = new ContentScriptContext('helpdesk');
    const invitation = showInvitation(ctx, { builtIn: null }, vi.fn());
    await waitFor(() => expect(shown()).not.toBeNull());
    invitation.remove();
    expect(document.querySelector('nezabudka-teach')).toBeNull();
    showInvitation(ctx, { builtIn: null }, vi.fn());
    await waitFor(() => expect(shown()).not.toBeNull());
    ctx.notifyInvalidated();
    expect(document.querySelector('nezabudka-teach')).toBeNull();
  });
});
