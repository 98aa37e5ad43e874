import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SiteAccessPanel } from '../../components/popup/site-access-panel';
import { renderIn } from './render-with-locale';

describe('enable on this site', () => {
  it('offers to enable a helpdesk that is not enabled, naming only its host', () => {
    const onEnable = vi.fn();
    renderIn(
      'en',
      <SiteAccessPanel
        status={{ pattern: 'https://desk.acme.test/*', builtIn: false, enabled: false }}
        error={null}
        onEnable={onEnable}
        onDisable={vi.fn()}
      />,
    );
    expect(screen.getByText(/does not read desk\.acme\.test/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enable on this site' }));
    expect(onEnable).toHaveBeenCalledOnce();
  });

  it('offers to disable an enabled one, in Russian too', () => {
    const onDisable = vi.fn();
    renderIn(
      'ru',
      <SiteAccessPanel
        status={{ pattern: 'https://desk.acme.test/*', builtIn: false, enabled: true }}
        error="Доступ не выдан, ничего не изменилось."
        onEnable={vi.fn()}
        onDisable={onDisable}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Выключить на этом сайте' }));
    expect(onDisable).toHaveBeenCalledOnce();
    expect(screen.getByRole('alert').textContent).toMatch(/не выдан/);
  });

  it('says nothing on browser pages, and that the demo desk is built in', () => {
    const { container } = renderIn(
      'en',
      <SiteAccessPanel
        status={{ pattern: null, builtIn: false, enabled: false }}
        error={null}
        onEnable={vi.fn()}
        onDisable={vi.fn()}
      />,
    );
    expect(container.textContent).toBe('');
    renderIn(
      'en',
      <SiteAccessPanel
        status={{ pattern: 'http://127.0.0.1/*', builtIn: true, enabled: true }}
        error={null}
        onEnable={vi.fn()}
        onDisable={vi.fn()}
      />,
    );
    expect(screen.getByText(/works on 127\.0\.0\.1 out of the box/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('the profile in use', () => {
  const enabled = { pattern: 'https://desk.acme.test/*', builtIn: false, enabled: true };
  it('names the profile the tab reads the page with, in both languages', () => {
    const profile = { id: 'taught-desk-acme-test-1a2b3c', name: 'desk.acme.test/agent/chats' };
    for (const [locale, said] of [
      ['en', 'Reading this page with the profile “desk.acme.test/agent/chats”.'],
      ['ru', 'Страница читается по профилю «desk.acme.test/agent/chats».'],
    ] as const) {
      const { unmount } = renderIn(
        locale,
        <SiteAccessPanel
          status={enabled}
          profile={profile}
          error={null}
          onEnable={vi.fn()}
          onDisable={vi.fn()}
        />,
      );
      expect(screen.getByTestId('nz-site-profile').textContent).toBe(said);
      unmount();
    }
  });

  it('says nothing of a profile where no overlay runs', () => {
    renderIn('en', <SiteAccessPanel status={enabled} error={null} onEnable={vi.fn()} onDisable={vi.fn()} />);
    expect(screen.queryByTestId('nz-site-profile')).toBeNull();
  });
});
