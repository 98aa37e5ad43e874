// Parley inbox (gallery console "react-virtual"): boot the simulation, mount
// the React app, then expose the ground truth once the first render is in.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { bootGallery } from '../shared/boot-gallery.ts';
import { installGroundTruth } from '../shared/ground-truth.ts';
import { InboxApp } from './inbox-app.tsx';
import { createInboxModel } from './inbox-model.ts';
import { STRINGS } from './strings.ts';
import { truthHooks } from './truth-hooks.ts';

const { params, sim } = bootGallery({ lang: 'en' });
const strings = STRINGS[params.lang];
const model = createInboxModel();
document.documentElement.lang = params.lang;
document.title = `${strings.inbox} · ${strings.product}`;

const root = createRoot(document.getElementById('root')!);
flushSync(() => root.render(<InboxApp sim={sim} strings={strings} model={model} />));
installGroundTruth('react-virtual', sim, truthHooks(sim, model));
