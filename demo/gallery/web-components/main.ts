// Web components console: boots the sim, defines the elements (children first,
// so the shell finds them upgraded) and reports its rendering to the tests.
import { bootGallery } from '../shared/boot-gallery.ts';
import { installGroundTruth } from '../shared/ground-truth.ts';
import { ChatMessage } from './chat-message.ts';
import { ChatThread } from './chat-thread.ts';
import { setLang } from './i18n.ts';
import { InboxItem } from './inbox-item.ts';
import { InboxList } from './inbox-list.ts';
import { ReplyComposer } from './reply-composer.ts';
import { SupportConsole } from './support-console.ts';
import { teachHooks } from './teach-hooks.ts';

const { params, sim } = bootGallery({ lang: 'en' });
setLang(params.lang);
document.documentElement.lang = params.lang;

customElements.define('inbox-item', InboxItem);
customElements.define('inbox-list', InboxList);
customElements.define('chat-message', ChatMessage);
customElements.define('chat-thread', ChatThread);
customElements.define('reply-composer', ReplyComposer);
customElements.define('support-console', SupportConsole);

const app = document.querySelector<SupportConsole>('support-console')!;
app.attach(sim);

// Elements render in microtasks; report once the first render has landed.
requestAnimationFrame(() => installGroundTruth('web-components', sim, teachHooks(app, sim)));
