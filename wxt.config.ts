import { defineConfig } from 'wxt';
import { DEMO_HOSTS, DEMO_HOSTS_ENV, stripDemoHosts, wantsDemoHosts } from './demo/tools/demo-hosts';
import { localeMessagesOnly } from './demo/tools/locale-messages-only';
import { overlayShadowMode, SHADOW_MODE_DEFINE } from './demo/tools/overlay-shadow-mode';

// Chrome gets MV3 (service worker). Firefox gets MV2: see README "Why MV2 in Firefox".
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react'],
  publicDir: 'assets/public',
  outDir: '.output',
  // The overlay's shadow root: closed in a store build, open where the tests drive it.
  vite: ({ command }) => ({
    define: { [SHADOW_MODE_DEFINE]: JSON.stringify(overlayShadowMode(command, process.env)) },
    plugins: [localeMessagesOnly()],
  }),
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup may read the current tab's address to offer "Enable on this site".
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'activeTab',
      ...(manifestVersion === 3 ? ['scripting'] : []),
      // MV2 has no host_permissions: there the demo desk's access (which injecting the content
      // script's interface stage needs, beyond the static content script) is a permission.
      ...(manifestVersion === 2 && wantsDemoHosts(command, process.env) ? DEMO_HOSTS : []),
    ],
    // Every helpdesk is enabled per site by the operator (optional host
    // permissions); development and test builds also reach the demo desk.
    ...(manifestVersion === 3
      ? {
          ...(wantsDemoHosts(command, process.env) ? { host_permissions: [...DEMO_HOSTS] } : {}),
          optional_host_permissions: ['http://*/*', 'https://*/*'],
        }
      : { optional_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // Rebindable in chrome://extensions/shortcuts and Firefox's add-on shortcut settings.
    commands: {
      'toggle-queue': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandToggleQueue__',
      },
      'open-palette': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandOpenPalette__',
      },
      'toggle-focus': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandToggleFocus__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nezabudka@nezabudka.local',
              // 140 (an ESR) is the first with data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script's own matches name the demo desk; a release build keeps none of it.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!wantsDemoHosts(wxt.config.command, process.env)) stripDemoHosts(manifest);
    },
    'zip:start': () => {
      if (process.env[DEMO_HOSTS_ENV] === '1')
        throw new Error(
          `A store package never reaches the demo desk: run npm run zip without ${DEMO_HOSTS_ENV}.`,
        );
    },
  },
});
