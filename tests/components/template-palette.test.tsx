import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { TemplatePalette, type TemplatePaletteProps } from '../../components/overlay/template-palette';
import type { Template } from '../../lib/domain/template/template';
import { renderIn } from './render-with-locale';
import { makeTemplate } from '../fixtures/template';

const template = (id: string, patch: Partial<Template>) => makeTemplate(id, patch);
const library = [
  template('hi', { title: 'Hello', shortcut: 'hi', body: 'Hi {firstName|there}!', usageCount: 5 }),
  template('track', {
    title: 'Tracking',
    shortcut: 'track',
    body: 'Your tracking number is [[no: Tracking number]].',
  }),
];

function setup(patch: Partial<TemplatePaletteProps> = {}) {
  const props: TemplatePaletteProps = {
    templates: library,
    context: { name: 'Lena Fischer', operator: 'Anna', now: new Date(2026, 10, 25, 9).getTime() },
    onInsert: vi.fn(async () => null),
    pickWording: vi.fn(async (t: Template) => ({ wording: t.body, variant: 0 })),
    onClose: vi.fn(),
    ...patch,
  };
  renderIn('en', <TemplatePalette {...props} />);
  return props;
}
const dialog = () => screen.getByTestId('nz-palette');

describe('template palette', () => {
  it('previews the highlighted template with this customer, moves with the arrows, inserts with Enter', async () => {
    const props = setup();
    await waitFor(() => expect(screen.getByTestId('nz-palette-preview').textContent).toBe('Hi Lena!'));
    fireEvent.keyDown(dialog(), { key: 'ArrowDown' });
    await waitFor(() =>
      expect(screen.getByTestId('nz-palette-preview').textContent).toContain('[[no: Tracking number]]'),
    );
    fireEvent.keyDown(dialog(), { key: 'ArrowUp' });
    await waitFor(() => expect(props.pickWording).toHaveBeenCalledTimes(3));
    fireEvent.keyDown(dialog(), { key: 'Enter' });
    await waitFor(() =>
      expect(props.onInsert).toHaveBeenCalledWith(library[0], {}, { wording: library[0]!.body, variant: 0 }),
    );
  });

  it('asks for the fill-in first, then inserts with it', async () => {
    const props = setup();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: ';track' } });
    await waitFor(() => expect(props.pickWording).toHaveBeenLastCalledWith(library[1]));
    fireEvent.keyDown(dialog(), { key: 'Enter' });
    expect((await screen.findByTestId('nz-palette-problem')).textContent).toBe(
      'Fill in “Tracking number” first.',
    );
    expect(props.onInsert).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Tracking number'), { target: { value: 'ZX-42' } });
    expect(screen.getByTestId('nz-palette-preview').textContent).toBe('Your tracking number is ZX-42.');
    fireEvent.keyDown(dialog(), { key: 'Enter' });
    await waitFor(() =>
      expect(props.onInsert).toHaveBeenCalledWith(
        library[1],
        { no: 'ZX-42' },
        { wording: library[1]!.body, variant: 0 },
      ),
    );
  });

  it('never inserts a template with a brace left open, and says why', async () => {
    const broken = template('open', { title: 'Open brace', body: 'Hello {name, how are you' });
    const props = setup({ templates: [broken] });
    await waitFor(() => expect(props.pickWording).toHaveBeenCalledWith(broken));
    fireEvent.keyDown(dialog(), { key: 'Enter' });
    expect((await screen.findByTestId('nz-palette-problem')).textContent).toBe(
      'Will not be inserted: {name, opens a brace that is never closed. Close it, as in {name}, or write \\{ for a brace itself',
    );
    expect(props.onInsert).not.toHaveBeenCalled();
  });

  it('closes with Esc', () => {
    const props = setup();
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('marks the preview busy until this customer’s own wording has arrived', async () => {
    let deliver: (picked: { wording: string; variant: number }) => void = () => undefined;
    const props = setup({
      pickWording: vi.fn(
        () => new Promise<{ wording: string; variant: number }>((resolve) => (deliver = resolve)),
      ),
    });
    const preview = () => screen.getByTestId('nz-palette-preview');
    await waitFor(() => expect(props.pickWording).toHaveBeenCalled());
    expect(preview().getAttribute('aria-busy')).toBe('true');
    deliver({ wording: 'Hello {firstName|there}, good to see you again!', variant: 1 });
    await waitFor(() => expect(preview().getAttribute('aria-busy')).toBe('false'));
    expect(preview().textContent).toBe('Hello Lena, good to see you again!');
    // What goes in is the wording previewed, with its place among the template's wordings.
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    await waitFor(() =>
      expect(props.onInsert).toHaveBeenCalledWith(
        expect.anything(),
        {},
        { wording: 'Hello {firstName|there}, good to see you again!', variant: 1 },
      ),
    );
  });

  it('takes the operator to the empty field inside the overlay’s shadow root too', async () => {
    // On the helpdesk the palette lives in a shadow root, out of document.getElementById's reach.
    const host = document.body.appendChild(document.createElement('div'));
    const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    const pickWording = vi.fn(async (t: Template) => ({ wording: t.body, variant: 0 }));
    const view = render(
      <I18nProvider locale="en">
        <TemplatePalette
          templates={library}
          initialQuery=";track"
          context={{ name: 'Lena Fischer', operator: 'Anna', now: 0 }}
          onInsert={vi.fn(async () => null)}
          pickWording={pickWording}
          onClose={vi.fn()}
        />
      </I18nProvider>,
      { container },
    );
    await waitFor(() => expect(pickWording).toHaveBeenLastCalledWith(library[1]));
    fireEvent.keyDown(within(container).getByTestId('nz-palette'), { key: 'Enter' });
    await within(container).findByTestId('nz-palette-problem');
    expect(container.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect((container.getRootNode() as ShadowRoot).activeElement).toBe(
      within(container).getByLabelText('Tracking number'),
    );
    view.unmount();
    host.remove();
  });
});
