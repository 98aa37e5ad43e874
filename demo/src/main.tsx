// Page entry: read the URL, start the simulation, mount the desk, expose the
// test API, and keep the URL in step with the simulation's parameters.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { parseDeskParams, withSimParams } from './runtime/desk-params.ts';
import { DeskStore } from './runtime/desk-store.ts';
import { createTestApi } from './runtime/test-api.ts';
import { STRINGS } from './ui/strings.ts';
import { DeskApp } from './ui/desk-app.tsx';
import './styles.css';

const params = parseDeskParams(window.location.search);
const store = new DeskStore(params);

document.documentElement.lang = params.lang;
document.title = STRINGS[params.lang].deskName;

// Controls and nzDemo.reset/setSpeed both change the sim: the URL follows, so a
// reload shows the same desk.
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
    <DeskApp store={store} lang={params.lang} composer={params.composer} />
  </StrictMode>,
);
store.start();
