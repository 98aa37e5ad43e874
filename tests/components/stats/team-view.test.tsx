import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TeamView, type TeamViewProps } from '../../../components/stats/team-view';
import { loadTeamFiles } from '../../../lib/domain/stats/team';
import type { TeamMetrics } from '../../../lib/domain/stats/types';
import { renderIn } from '../render-with-locale';
import { FROM, answeredWait, metricsOf } from './stats-fixtures';

const anna = answeredWait('a1', FROM + 3_600_000, 60_000);
const boris = [
  ...answeredWait('b1', FROM + 7_200_000, 180_000, 120_000),
  ...answeredWait('b2', FROM + 9_000_000, 30_000),
].map((event) => ({ ...event, operator: 'op-b0r1' }));

const team: TeamMetrics = {
  operators: [
    { operator: 'op-7f3a', metrics: metricsOf(anna) },
    { operator: 'op-b0r1', metrics: metricsOf(boris) },
  ],
  team: metricsOf([...anna, ...boris]),
  files: [
    { name: 'anna.json', error: null, operator: 'op-7f3a', events: 2, duplicates: 0 },
    { name: 'boris.json', error: null, operator: 'op-b0r1', events: 5, duplicates: 0 },
    { name: 'anna (1).json', error: null, operator: 'op-7f3a', events: 2, duplicates: 2 },
    {
      name: 'notes.json',
      error: 'not a Nezabudka statistics file (kind is missing)',
      operator: null,
      events: 0,
      duplicates: 0,
    },
  ],
};

function props(patch: Partial<TeamViewProps> = {}): TeamViewProps {
  return {
    team,
    filters: { site: null, priority: null },
    templateTitles: {},
    onFiltersChange: vi.fn(),
    onAddFiles: vi.fn(),
    onReset: vi.fn(),
    onDownloadSummary: vi.fn(),
    ...patch,
  };
}

describe('team view', () => {
  it('says for each file whether it loaded, was a repeat, or why not', () => {
    renderIn('en', <TeamView {...props()} />);
    const files = screen.getAllByTestId('nz-team-file');
    expect(files.map((file) => [file.dataset.state, file.textContent])).toEqual([
      ['loaded', 'anna.json: 2 events from op-7f3a'],
      ['loaded', 'boris.json: 5 events from op-b0r1'],
      ['repeated', 'anna (1).json: already loaded, counted once'],
      ['failed', 'notes.json: not loaded — not a Nezabudka statistics file (kind is missing)'],
    ]);
  });

  it('shows each operator and the team total', () => {
    renderIn('en', <TeamView {...props()} />);
    const rows = within(screen.getByTestId('nz-team-operators')).getAllByTestId('nz-team-row');
    const cells = rows.map((row) => [...row.children].map((cell) => cell.textContent));
    // Operator, replies, first response median, reply median, reply p90, breaches, forgotten, handled.
    expect(cells).toEqual([
      ['op-7f3a', '1', '—', '1:00', '1:00', '0 (0%)', '0', '1'],
      ['op-b0r1', '2', '—', '0:30', '3:00', '1 (50%)', '0', '2'],
      ['Whole team', '3', '—', '1:00', '3:00', '1 (33.3%)', '0', '3'],
    ]);
    // The same report as one's own: figures and breaches (with whose they were).
    expect(screen.getByTestId('nz-figure-reply-value').textContent).toBe('1:00');
    expect(within(screen.getByTestId('nz-breach-table')).getAllByRole('cell')[1]!.textContent).toBe(
      'op-b0r1',
    );
  });

  it('reads every chosen file and hands their names and texts over', async () => {
    const onAddFiles = vi.fn();
    renderIn('en', <TeamView {...props({ team: null, onAddFiles })} />);
    expect(screen.getByTestId('nz-team-empty').textContent).toBe('No files yet.');
    const input = screen.getByLabelText('Choose files…') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    fireEvent.change(input, {
      target: {
        files: [new File(['{"kind":1}'], 'a.json'), new File(['nope'], 'b.json')],
      },
    });
    await waitFor(() =>
      expect(onAddFiles).toHaveBeenCalledWith([
        { name: 'a.json', text: '{"kind":1}' },
        { name: 'b.json', text: 'nope' },
      ]),
    );
  });

  it('takes files dropped on it', async () => {
    const onAddFiles = vi.fn();
    renderIn('en', <TeamView {...props({ team: null, onAddFiles })} />);
    fireEvent.drop(screen.getByTestId('nz-team-drop'), {
      dataTransfer: { files: [new File(['x'], 'dropped.json')] },
    });
    await waitFor(() => expect(onAddFiles).toHaveBeenCalledWith([{ name: 'dropped.json', text: 'x' }]));
  });

  it('does not read a file over 32 MB and refuses bytes that are not UTF-8, in the page language', async () => {
    const onAddFiles = vi.fn();
    const arrayBuffer = vi.fn();
    renderIn('ru', <TeamView {...props({ team: null, onAddFiles })} />);
    const huge = { name: 'huge.json', size: 40 * 1024 * 1024, arrayBuffer } as unknown as File;
    const cp1251 = new File([new Uint8Array([0x7b, 0xc0, 0xed, 0xed, 0xe0, 0x7d])], 'cp1251.csv');
    fireEvent.change(screen.getByLabelText('Выбрать файлы…'), { target: { files: [huge, cp1251] } });
    await waitFor(() =>
      expect(onAddFiles).toHaveBeenCalledWith([
        {
          name: 'huge.json',
          text: null,
          problem: 'файл больше 32 МБ — столько выгрузка статистики не весит',
        },
        {
          name: 'cp1251.csv',
          text: null,
          problem: 'файл не в кодировке UTF-8: это не выгрузка статистики или она повреждена',
        },
      ]),
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it("says the merge's refusal in the page language", () => {
    const far = {
      name: 'far.json',
      error: 'Event 1: its time is not between 2000-01-01 and 2026-03-12.',
      reason: {
        key: 'statsFileEventTime' as const,
        params: { event: 1, from: '2000-01-01', to: '2026-03-12' },
      },
      operator: null,
      events: 0,
      duplicates: 0,
    };
    renderIn('ru', <TeamView {...props({ team: { ...team, files: [far] } })} />);
    expect(screen.getByTestId('nz-team-file').textContent).toBe(
      'far.json: не загружен — Событие 1: его время не между 2000-01-01 и 2026-03-12.',
    );
  });

  it('says why a file is not a statistics export in the page language too', () => {
    const { files } = loadTeamFiles(
      [
        { name: 'empty.json', text: '  ' },
        { name: 'notes.json', text: '{"kind":"shopping-list"}' },
        { name: 'cut.json', text: '{"kind":' },
        { name: 'old.json', text: '{"kind":"nezabudka-stats","version":99}' },
        { name: 'orders.csv', text: 'order,amount\n1,2' },
      ],
      Date.UTC(2026, 11, 6),
    );
    renderIn('ru', <TeamView {...props({ team: { ...team, operators: [], files } })} />);
    expect(screen.getAllByTestId('nz-team-file').map((file) => file.textContent)).toEqual([
      'empty.json: не загружен — Файл пуст.',
      'notes.json: не загружен — Это не выгрузка статистики Незабудки.',
      'cut.json: не загружен — Это не корректный JSON (возможно, файл обрезан).',
      expect.stringMatching(/^old\.json: не загружен — Версия файла статистики 99 не поддерживается/),
      expect.stringMatching(
        /^orders\.csv: не загружен — Это ни JSON, ни CSV статистики Незабудки \(нет столбцов: /,
      ),
    ]);
  });

  it('names the file once even when the problem already names it', () => {
    const failed = {
      name: 'x.csv',
      error: 'x.csv: line 3: not a number',
      operator: null,
      events: 0,
      duplicates: 0,
    };
    renderIn('en', <TeamView {...props({ team: { ...team, files: [failed] } })} />);
    expect(screen.getByTestId('nz-team-file').textContent).toBe('x.csv: not loaded — line 3: not a number');
  });

  it('shows only the file messages when no file loaded', () => {
    renderIn('ru', <TeamView {...props({ team: { ...team, operators: [], files: [team.files[3]!] } })} />);
    expect(screen.getByTestId('nz-team-file').textContent).toMatch(/^notes\.json: не загружен — /);
    expect(screen.queryByTestId('nz-team-operators')).toBeNull();
  });
});
