// Pereklichka (gallery console "routes"): boot the simulation and the router,
// open whatever conversation the URL names on every route change, mount the
// app, then expose the ground truth.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { bootGallery } from '../shared/boot-gallery.ts';
import { installGroundTruth } from '../shared/ground-truth.ts';
import { App } from './app.tsx';
import { createDeskModel } from './desk-model.ts';
import type { Route } from './route.ts';
import { Router } from './router.ts';
import { STRINGS } from './strings.ts';
import { truthHooks } from './truth-hooks.ts';
import './routes.css';

const { params, sim } = bootGallery({ lang: 'ru' });
const strings = STRINGS[params.lang];
const model = createDeskModel();
const router = new Router();
document.documentElement.lang = params.lang;

// The route is the truth about what is open; the store follows it (marks it read).
const follow = (route: Route) => {
  const id = route.name === 'inbox' ? route.id : null;
  const conversation = id ? sim.get(id) : undefined;
  sim.open(conversation ? conversation.id : null);
  document.title = `${conversation ? conversation.name : strings.conversations} · ${strings.product}`;
};
router.subscribe(follow);
router.start();

const root = createRoot(document.getElementById('app')!);
flushSync(() => root.render(<App sim={sim} router={router} strings={strings} model={model} />));
installGroundTruth('routes', sim, truthHooks(sim, router, model));
