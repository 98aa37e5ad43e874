// Page entry: read the URL, start the simulation, mount the desk, expose the
// test API, and keep the URL in step with the simulation's parameters.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { parseDeskParams, withSimParams } from './runtime/desk-params.ts';
import { DeskStore } from './runtime/desk-store.ts';
import { createTestApi } from './runtime/test-api.ts';
import { AltDeskApp } from './ui/alt/alt-desk-app.tsx';
import { ALT_STRINGS } from './ui/alt/alt-strings.ts';
import { STRINGS } from './ui/strings.ts';
import { DeskApp } from './ui/desk-app.tsx';
import './styles.css';
import './ui/alt/alt-skin.css';

/** The alt skin's tab icon: the same inline-SVG approach, the alt vendor's colours. */
const ALT_ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%230f172a'/%3E%3Ccircle cx='16' cy='16' r='5' fill='%232dd4bf'/%3E%3Cellipse cx='16' cy='16' rx='12' ry='5.5' fill='none' stroke='%232dd4bf' stroke-width='2'/%3E%3C/svg%3E";

const params = parseDeskParams(window.location.search);
const store = new DeskStore(params);
const App = params.skin === 'alt' ? AltDeskApp : DeskApp;

document.documentElement.lang = params.lang;
if (params.skin === 'alt') {
  const strings = ALT_STRINGS[params.lang];
  document.title = `${strings.inboxTitle} · ${strings.brand}`;
  document.querySelector('link[rel="icon"]')?.setAttribute('href', ALT_ICON);
} else {
  document.title = STRINGS[params.lang].deskName;
}

// Controls and nzDemo.reset/setSpeed both change the sim: the URL follows, so a
// reload shows the same desk (with the same skin: other parameters are kept).
store.subscribe(() => {
  const { seed, chats, speed } = store.getSnapshot();
  const search = withSimParams(window.location.search, { seed, chats, speed });
  if (search !== window.location.search) window.history.replaceState(null, '', search);
});

// flushSync: when a test API call returns, the DOM already shows its effect.
window.nzDemo = createTestApi(store, (apply) => flushSync(apply));

const root = document.getElementById('root');
if (!root) throw new Error('demo/index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App store={store} lang={params.lang} composer={params.composer} />
  </StrictMode>,
);
store.start();
