import interfaceCss from '../../components/overlay/overlay.css?inline';

const MARK = 'data-nz-interface';

/**
 * The interface's style sheet (the panel, the palette, teach mode) in a shadow root
 * the first stage built, once: the first stage carries only the chip's and the
 * badges' (mount-overlay-host.ts). It follows that one, so that it adds to it.
 */
export function addInterfaceStyle(shadow: ShadowRoot): void {
  if (shadow.querySelector(`style[${MARK}]`)) return;
  const style = shadow.ownerDocument.createElement('style');
  style.setAttribute(MARK, '');
  style.textContent = interfaceCss;
  const firstStage = shadow.querySelector('style');
  if (firstStage) firstStage.after(style);
  else shadow.prepend(style);
}
