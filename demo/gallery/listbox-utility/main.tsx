// Boots the inbox on the gallery simulation and installs the test-only truth hooks.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { bootGallery } from '../shared/boot-gallery.ts';
import { installGroundTruth } from '../shared/ground-truth.ts';
import { InboxApp } from './inbox-app.tsx';
import { installInboxTruth } from './inbox-truth.ts';
import './utilities.css';

const { params, sim } = bootGallery({ lang: 'en' });
document.documentElement.lang = params.lang;
const root = createRoot(document.getElementById('root')!);
flushSync(() => root.render(<InboxApp sim={sim} lang={params.lang} />));
installGroundTruth('listbox-utility', sim, installInboxTruth(sim));
