import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TemplatePaletteProps } from '../../components/overlay/template-palette';
import { OverlayRoot, type OverlayActions } from '../../entrypoints/helpdesk-ui/overlay-root';
import type { ConversationRecord } from '../../lib/domain/conversation';
import { defaultThresholds } from '../../lib/domain/thresholds';
import { newRecord } from '../../lib/domain/conversation-record';
import { createOverlayStore } from '../../lib/state/overlay-store';
import { makeTemplate } from '../fixtures/template';

// Counts the renders the overlay causes (the palette's own state changes render inside it).
const palette = vi.hoisted(() => ({ renders: 0 }));
vi.mock('../../components/overlay/template-palette', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../components/overlay/template-palette')>();
  return {
    ...actual,
    TemplatePalette: (props: TemplatePaletteProps) => {
      palette.renders += 1;
      return <actual.TemplatePalette {...props} />;
    },
  };
});

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const MIN = 60_000;
const SITE = 'https://desk.example.com';
const record = (key: string, patch: Partial<ConversationRecord>): ConversationRecord => ({
  ...newRecord(SITE, key, T0 - 10 * MIN),
  name: key,
  ...patch,
});
const clocks = (records: ConversationRecord[]) => ({
  site: SITE,
  records,
  thresholds: defaultThresholds,
  followUpSec: 30 * 60,
});

function setup() {
  const store = createOverlayStore(T0);
  store.getState().receiveClocks(clocks([record('a', { waitingSince: T0 - 2 * MIN })]), true);
  store.setState({
    anchors: { a: { x: 10, y: 10, side: 'after' }, b: { x: 10, y: 40, side: 'after' } },
    palette: {
      templates: [makeTemplate('hi', { title: 'Hello', body: 'Hi {firstName|there}!' })],
      query: '',
      anchor: null,
    },
  });
  const actions: OverlayActions = {
    jump: vi.fn(),
    dismiss: vi.fn(),
    reteach: vi.fn(),
    insertTemplate: vi.fn(async () => null),
    pickWording: vi.fn(async (template) => ({ wording: template.body, variant: 0 })),
    closePalette: vi.fn(),
    customerName: () => 'Lena Fischer',
    startFocus: vi.fn(),
    stopFocus: vi.fn(),
    dismissSummary: vi.fn(),
  };
  render(<OverlayRoot store={store} browserLanguage="en" actions={actions} />);
  return store;
}

// The badges are the first stage's (plain DOM); the panel's chip counts the same clocks.
const waiting = () => screen.getByTestId('nz-waiting-count').textContent;

describe('the overlay reads its store by selector', () => {
  it('a tick or new clocks reach the panel and leave the open palette alone', async () => {
    const store = setup();
    await waitFor(() => expect(screen.getByTestId('nz-palette-preview').textContent).toBe('Hi Lena!'));
    expect(waiting()).toBe('1 waiting');
    const before = palette.renders;

    act(() => {
      for (let second = 1; second <= 30; second += 1) store.setState({ now: T0 + second * 1000 });
      store.getState().receiveClocks(clocks([record('b', { waitingSince: T0 - 5 * MIN, vip: true })]), false);
      store.setState({ anchors: { a: { x: 10, y: 12, side: 'after' }, b: { x: 10, y: 42, side: 'after' } } });
    });

    expect(waiting()).toBe('2 waiting');
    expect(screen.getByTestId('nz-palette-preview').textContent).toBe('Hi Lena!');
    expect(palette.renders).toBe(before);

    // What the palette shows does reach it.
    act(() => store.setState({ operatorName: 'Anna' }));
    expect(palette.renders).toBe(before + 1);
  });
});
