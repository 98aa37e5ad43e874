import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../components/popup/popup-view';
import type { ClockItem } from '../../lib/domain/clock-display';
import { renderIn } from './render-with-locale';

const item = (key: string, patch: Partial<ClockItem> = {}): ClockItem => ({
  site: 'http://desk.test',
  key,
  name: `Client ${key}`,
  state: 'ok',
  waitSec: 65,
  level: 'normal',
  reasons: [],
  followUpDue: false,
  ...patch,
});

function props(patch: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    version: '1.2.3',
    loadError: null,
    items: [],
    hasSites: true,
    focus: null,
    focusSummary: null,
    onJump: vi.fn(),
    onDismiss: vi.fn(),
    onStartFocus: vi.fn(),
    onStopFocus: vi.fn(),
    onDismissSummary: vi.fn(),
    onOpenOptions: vi.fn(),
    ...patch,
  };
}

describe('popup', () => {
  it('says when clocks and their statistics could not be saved (a full disk), in both languages, and not otherwise', () => {
    const problem = { since: 0, reason: 'QuotaExceededError: full', unsaved: 3 };
    const { unmount } = renderIn('en', <PopupView {...props({ storageProblem: problem })} />);
    expect(screen.getByTestId('nz-popup-storage-problem').textContent).toMatch(
      /could not save 3 clocks and their statistics.*Quota/,
    );
    unmount();
    const ru = renderIn('ru', <PopupView {...props({ storageProblem: problem })} />);
    expect(screen.getByTestId('nz-popup-storage-problem').textContent).toMatch(
      /не удалось сохранить часы \(3\) и их статистику/,
    );
    ru.unmount();
    renderIn('en', <PopupView {...props()} />);
    expect(screen.queryByTestId('nz-popup-storage-problem')).toBeNull();
  });

  it('introduces the extension in the chosen language and opens the settings', () => {
    const p = props();
    renderIn('ru', <PopupView {...p} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Незабудка');
    expect(screen.getByText('Версия 1.2.3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Настройки' }));
    expect(p.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('lists who waits in the given order and jumps to a chat', () => {
    const p = props({
      items: [
        item('b', { state: 'breach', waitSec: 700, name: 'Борис' }),
        item('a', { name: 'Анна', waitSec: 65 }),
      ],
    });
    renderIn('ru', <PopupView {...p} />);
    const entries = screen.getAllByTestId('nz-queue-item');
    expect(entries.map((entry) => entry.getAttribute('data-conversation'))).toEqual(['b', 'a']);
    expect(within(entries[0]!).getByText('11:40')).toBeTruthy();
    fireEvent.click(entries[1]!);
    expect(p.onJump).toHaveBeenCalledWith('http://desk.test', 'a');
  });

  it('says why a jump failed, above the queue it came from', () => {
    renderIn(
      'ru',
      <PopupView {...props({ actionError: 'Вкладка с хелпдеском уже закрыта.', items: [item('a')] })} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Вкладка с хелпдеском уже закрыта.');
    expect(
      alert.compareDocumentPosition(screen.getByTestId('nz-queue')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('says when no helpdesk has been seen yet', () => {
    renderIn('en', <PopupView {...props({ hasSites: false, items: [] })} />);
    expect(screen.queryByTestId('nz-queue')).toBeNull();
    expect(screen.getByText(/helpdesk/i)).toBeTruthy();
  });

  it('starts focus for a chosen time', () => {
    const p = props();
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(within(screen.getByTestId('nz-focus')).getAllByRole('button')[1]!);
    expect(p.onStartFocus).toHaveBeenCalledWith(30);
  });
});
