import type { FirstStageKey } from '../../lib/i18n/first-stage-messages';
import type { Translate } from '../../lib/i18n/messages';
import { plainButton, plainElement } from './plain-element';

export interface TeachInviteOptions {
  /** The built-in profile meant for this site that did not recognise the page; null: none is. */
  builtIn: string | null;
  t: Translate<FirstStageKey>;
  onTeach(): void;
  onClose(): void;
}

/**
 * The unobtrusive note on an enabled site where no profile recognises the page: not
 * set up yet, or a built-in profile that fails on this page. Plain DOM, drawn by the
 * sensor stage, so that such a page loads the interface stage only when the operator
 * presses Teach.
 */
export function drawTeachInvite(parent: HTMLElement, options: TeachInviteOptions): void {
  const { t } = options;
  const doc = parent.ownerDocument;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) =>
    plainElement(doc, tag, className, text);
  const button = (text: string, onClick: () => void) => plainButton(doc, 'nz-small-button', text, onClick);

  const layer = element('div', 'nz-layer nz-layer--left');
  const chip = element('div', 'nz-chip');
  chip.dataset.testid = 'nz-teach-invite';
  chip.setAttribute('role', 'status');
  const close = button('×', () => options.onClose());
  close.setAttribute('aria-label', t('profilesCancel'));
  chip.append(
    element('span', 'nz-chip__name', t('extName')),
    element(
      'span',
      'nz-chip__status',
      options.builtIn === null ? t('teachNotSetUp') : t('teachBuiltInMissed', { name: options.builtIn }),
    ),
    button(t('teachStart'), () => options.onTeach()),
    close,
  );
  layer.append(chip);
  parent.append(layer);
}
