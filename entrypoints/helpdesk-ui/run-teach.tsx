import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore } from 'zustand/vanilla';
import { I18nProvider } from '../../components/i18n/i18n-context';
import {
  TeachHighlight,
  TeachOutlines,
  TeachPanel,
  type TeachPanelProps,
} from '../../components/overlay/teach-panel';
import { proposeProfile, type Proposal } from '../../lib/adapters/teach/proposal';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import type { LanguageSetting } from '../../lib/domain/settings';
import {
  createTeachController,
  type TeachController,
  type TeachState,
} from '../../lib/adapters/teach/controller';
import { buildTaughtProfile } from '../../lib/adapters/teach/draft';
import { besideOthers, profileToReplace } from '../../lib/adapters/teach/replace';
import { recognisesPage } from '../../lib/adapters/find-profile';
import { builtInProfiles } from '../../lib/adapters/profiles';
import { outlineBoxes, reviewDraft, type OutlineBox } from '../../lib/adapters/teach/review';
import type { TeachReview } from '../../lib/domain/teach-review';
import { queryDeep } from '../../lib/adapters/shadow-path';
import { queryAll } from '../../lib/adapters/teach/safe-dom';
import { resolveLocale } from '../../lib/i18n/locale';
import { request } from '../../lib/messaging/client';
import { mountReactUi } from './mount-react-ui';
import type { TeachOptions } from './stage';

interface TeachView {
  state: TeachState | null;
  review: TeachPanelProps['review'];
  /** The rows proposed (before the first click) or read by the review, outlined on the page. */
  outlines: OutlineBox[];
  /** Saving would replace this profile of the operator's: asked first. */
  replacing: { name: string } | null;
  saved: boolean;
  /** Saved, but the page must reload to use the new profile. */
  reload: boolean;
  language: LanguageSetting;
}

/** Elements of Nezabudka's own UI: clicks there are the operator using it, not teaching. */
function ours(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element?.closest('nezabudka-overlay, nezabudka-teach'));
}

/**
 * Teach mode. Saving stores the profile in the background and starts the overlay at
 * once. (The invitation to it, on an enabled site without a profile, is the sensor
 * stage's: entrypoints/helpdesk.content/show-invitation.ts.)
 */
export async function runTeach(ctx: ContentScriptContext, options: TeachOptions): Promise<void> {
  const store = createStore<TeachView>()(() => ({
    state: null,
    review: null,
    outlines: [],
    replacing: null,
    saved: false,
    reload: false,
    language: 'auto',
  }));
  void request('getSettings', null).then(
    (settings) => store.setState({ language: settings.language }),
    () => undefined,
  );
  let controller: TeachController | null = null;
  let draft: SiteProfile | null = null;

  /** The row elements the review read: outlined on the page while it shows, following scrolling. */
  let reviewed: Element[] = [];
  let reviewedFound: TeachState['found'] | null = null;
  const reviewNow = (): TeachReview | null => {
    reviewed = [];
    const answers = controller?.answers();
    if (!answers) return null;
    const built = buildTaughtProfile(location.href, answers);
    if (!built.ok) {
      draft = null;
      return { rows: [], shown: 0, warnings: [], sameNames: [], problems: built.errors };
    }
    draft = built.profile;
    // The real engine and tracker on the draft: names stay in this memory, never stored.
    const { review, elements } = reviewDraft(document, built.profile, Date.now());
    reviewed = elements;
    return review;
  };
  const outlineNow = () => store.setState({ outlines: outlineBoxes(reviewed, window) });
  /** The heuristic's rows, shown for the operator to confirm on the step that follows the proposal. */
  let proposal: Proposal | null = null;
  let proposalShown = false;
  /** The review is read again only when the step is entered or what was taught changed, not per pointer move. */
  const onChange = (state: TeachState) => {
    if (state.step !== 'review') {
      reviewedFound = null;
      const showProposal = proposal !== null && state.proposed && state.step === 'name';
      if (showProposal !== proposalShown || store.getState().review) {
        proposalShown = showProposal;
        reviewed = showProposal && proposal ? queryAll(proposal.rowsRoot ?? document, proposal.rows.css) : [];
        store.setState({ state, review: null });
        outlineNow();
      } else store.setState({ state });
      return;
    }
    proposalShown = false;
    if (reviewedFound === state.found) return store.setState({ state });
    reviewedFound = state.found;
    store.setState({ state, review: reviewNow() });
    outlineNow();
  };
  let outlinePending = false;
  const followScroll = () => {
    if (reviewed.length === 0 || outlinePending) return;
    outlinePending = true;
    ctx.requestAnimationFrame(() => {
      outlinePending = false;
      outlineNow();
    });
  };
  ctx.addEventListener(window, 'scroll', followScroll, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', followScroll, { passive: true });

  const start = () => {
    controller = createTeachController({
      doc: document,
      ours,
      onChange,
      onCancel: close,
      proposal: (proposal = options.propose ? proposeProfile(document) : null),
    });
  };

  function close() {
    reviewed = [];
    controller?.stop();
    controller = null;
    ui.remove();
    options.onClosed();
  }

  /** The own profile the draft would replace, once asked about, and the ids already taken. */
  let toReplace: SiteProfile | null = null;
  let taken = new Set<string>();
  /** Saves the draft; first asks before it would take the place of one of the operator's profiles. */
  const save = async (choice: 'ask' | 'replace' | 'keepBoth' = 'ask') => {
    if (!draft) return;
    if (choice === 'ask') {
      const builtIn = new Set(builtInProfiles.map((profile) => profile.id));
      // Unanswered: nothing is replaced (the background refuses an id that exists).
      const forPage = await request('profilesForUrl', { url: location.href }).catch(() => []);
      const own = forPage.filter((profile) => !builtIn.has(profile.id));
      taken = new Set(own.map((profile) => profile.id));
      toReplace = profileToReplace(draft, location.href, own, (profile) => recognisesPage(profile, document));
      if (toReplace) return store.setState({ replacing: { name: toReplace.name } });
    }
    store.setState({ replacing: null });
    const profile = choice === 'keepBoth' ? besideOthers(draft, taken) : draft;
    const previousId = choice === 'replace' ? (toReplace?.id ?? null) : null;
    try {
      const saved = await request('saveProfile', { profile, previousId });
      controller?.stop();
      const applied = options.onSaved(saved);
      store.setState({
        saved: true,
        reload: !applied,
        state: store.getState().state && { ...store.getState().state!, hover: null },
      });
    } catch (error) {
      const review = store.getState().review;
      store.setState({ review: review && { ...review, problems: [(error as Error).message] } });
    }
  };

  function TeachRoot() {
    const view = useStore(
      store,
      useShallow(({ state, review, outlines, replacing, saved, reload, language }) => ({
        state,
        review,
        outlines,
        replacing,
        saved,
        reload,
        language,
      })),
    );
    return (
      <I18nProvider locale={resolveLocale(view.language, browser.i18n.getUILanguage())}>
        {view.state && (
          <>
            <TeachHighlight box={view.saved ? null : view.state.hover} />
            {!view.saved && <TeachOutlines boxes={view.outlines} />}
            <div className={`nz-layer nz-layer--top nz-layer--top-${panelSide(view.state)}`}>
              <TeachPanel
                state={view.state}
                review={view.review}
                saved={view.saved}
                onReload={view.reload ? () => location.reload() : undefined}
                onSkip={() => controller?.skip()}
                onSendBeside={() => controller?.sendBeside()}
                onBack={() => controller?.back()}
                onCancel={close}
                onSave={() => void save()}
                replacing={view.replacing}
                onReplace={() => void save('replace')}
                onKeepBoth={() => void save('keepBoth')}
                onKeepOld={() => store.setState({ replacing: null })}
              />
            </div>
          </>
        )}
      </I18nProvider>
    );
  }

  const ui = mountReactUi(ctx, 'nezabudka-teach', <TeachRoot />);
  start();
  ctx.onInvalidated(() => controller?.stop());
}

/** Steps that point at the open conversation, not at the list. */
const CONVERSATION_STEPS: ReadonlySet<TeachState['step']> = new Set([
  'customerBubble',
  'operatorBubble',
  'composer',
  'sendButton',
]);

/**
 * Where the teach panel sits so it covers nothing the step asks for: away from the
 * list while its parts are taught, over the (already taught) list while the
 * conversation's messages, reply box and Send are.
 */
function panelSide(state: TeachState): 'left' | 'right' {
  const rows = state.found.rows;
  const first = rows ? queryDeep(document, rows.css) : null;
  const box = first?.getBoundingClientRect();
  const listSide = box && box.left + box.width / 2 < window.innerWidth / 2 ? 'left' : 'right';
  if (!box) return 'right';
  const other = listSide === 'left' ? 'right' : 'left';
  return CONVERSATION_STEPS.has(state.step) ? listSide : other;
}
