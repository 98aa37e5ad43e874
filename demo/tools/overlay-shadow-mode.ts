import { wantsDemoHosts } from './demo-hosts';

// The overlay and the teach panel draw customers' names, the templates and the
// end-of-focus summary inside a shadow root on the helpdesk's own page. A store
// build closes that root, so a page script reads none of it through
// `host.shadowRoot`. Development and test builds (`wxt dev`, NZ_DEMO_HOSTS=1)
// leave it open: Playwright's selectors, like any page script, cannot see into a
// closed root, and the e2e suites, the bench and the screenshots drive the overlay.

export type ShadowMode = 'open' | 'closed';

/** The build-time constant the content script reads the mode from (a Vite define). */
export const SHADOW_MODE_DEFINE = 'import.meta.env.NZ_SHADOW_MODE';

/** The mode of the overlay's and the teach panel's shadow roots in this build. */
export function overlayShadowMode(
  command: 'build' | 'serve',
  env: Record<string, string | undefined>,
): ShadowMode {
  return wantsDemoHosts(command, env) ? 'open' : 'closed';
}
