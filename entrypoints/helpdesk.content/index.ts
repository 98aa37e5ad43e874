import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { detectProfile } from '../../lib/adapters/find-profile';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import { request } from '../../lib/messaging/client';
import { isTabCommand, type TabProfile } from '../../lib/messaging/protocol';
import type { ShownInvitation } from '../helpdesk-sensor/stage';
import { loadSensorStage } from './load-sensor-stage';
import { loadUiStage } from './load-ui-stage';
import { runTemplatesOnly } from './run-templates-only';
import { startOverlay } from './start-overlay';

export default defineContentScript({
  // The bundled demo desk, in development and test builds only (wxt.config.ts takes it out of a
  // release manifest); every helpdesk is enabled per site at runtime.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  // The overlay's style sheet travels inside the script (mount-overlay-host.ts), nothing is fetched.
  cssInjectionMode: 'manual',
  // A newer copy of this script finds an older one by a DOM event alone; WXT's extra
  // postMessage would wake every message listener of the helpdesk on each load.
  noScriptStartedPostMessage: true,
  // The loader: it decides whether this page is a console Nezabudka watches; the sensor stage
  // (entrypoints/helpdesk-sensor: badges, chip) is injected once it is, the interface
  // (entrypoints/helpdesk-ui) when first needed.
  async main(ctx) {
    // Enabling a site injects the script into its open tab; never run twice in one page.
    if (document.querySelector('nezabudka-overlay, nezabudka-teach')) return;
    let teaching = false;
    /** The profile the overlay runs with, once it runs (null: no overlay). */
    let inUse: TabProfile | null = null;
    /** The invitation to teach a page no profile recognised, while it shows. */
    let invitation: ShownInvitation | null = null;
    // Templates work in any reply box of an enabled site, with no profile too, from the start
    // (detection may wait for a console that draws late); an overlay takes the keys over.
    const templatesOnly = runTemplatesOnly(ctx);
    const watch = (profile: SiteProfile) => {
      inUse = { id: profile.id, name: profile.name };
      templatesOnly.stop(); // the overlay has the same keys
      return startOverlay(ctx, profile, teach);
    };
    const teach = () => {
      if (teaching) return;
      teaching = true;
      loadUiStage()
        .then((stage) => {
          // The invitation gives way to teach mode; it stays while the interface loads, and if that fails.
          invitation?.remove();
          invitation = null;
          return stage.runTeach(ctx, {
            // A desk without a profile gets a proposal to confirm; it is never used unseen.
            propose: inUse === null,
            // Started at once on a desk that had no overlay; a running one needs the page reloaded.
            onSaved: (profile) => {
              if (inUse) return false;
              void watch(profile);
              return true;
            },
            onClosed: () => (teaching = false),
          });
        })
        .catch((error: unknown) => {
          teaching = false;
          console.warn('Nezabudka:', error);
        });
    };
    // "Teach this site" from the popup (the invitation's button, when one shows); the palette's
    // keyboard command where no overlay listens; the popup asking which profile reads this page.
    browser.runtime.onMessage.addListener((message: unknown, _sender, reply: (answer: unknown) => void) => {
      if (!isTabCommand(message)) return;
      if (message.command === 'teach') teach();
      if (message.command === 'openPalette' && !inUse) templatesOnly.openPalette();
      // Only a frame whose overlay runs answers: the first answer from any frame of the tab wins.
      if (message.command === 'profile' && inUse) reply(inUse);
    });
    // The profiles come from the background, already matched to this address: the loader carries
    // neither the built-in profiles nor pattern matching. A background that cannot answer keeps no
    // clocks either, so then nothing starts.
    const candidates = await request('profilesForUrl', { url: location.href }).catch((error: unknown) => {
      console.warn('Nezabudka:', error);
      return [];
    });
    const profile = await detectProfile(candidates, document, 10_000);
    // Taught and started while detection waited: one overlay, and no invitation over it.
    if (ctx.isInvalid || inUse) return;
    if (profile) {
      await watch(profile);
      return;
    }
    // An enabled site no profile recognises (a built-in one included): say so, never show nothing.
    // The small sensor stage draws the note; the interface is loaded only if the operator accepts.
    const invite = await request('teachInvitation', { url: location.href }).catch(() => null);
    if (!invite) return;
    const stage = await loadSensorStage().catch((error: unknown) => console.warn('Nezabudka:', error));
    // Teaching started meanwhile (the popup): no invitation beside it.
    if (!stage || ctx.isInvalid || teaching || inUse) return;
    invitation = stage.showInvitation(ctx, invite, teach);
  },
});
