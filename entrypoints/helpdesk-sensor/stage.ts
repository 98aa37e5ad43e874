import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import type { TeachInvitation } from '../../lib/adapters/teach/invitation';
import type { listenForTemplateKeys } from '../helpdesk.content/overlay/keys';

/**
 * The content script's sensor stage: the sensor, the chip and the badges, and the
 * invitation to teach. The static content script (the loader) only decides whether
 * the page is a console; once it is, or once an enabled site's page turns out to be
 * none that a profile knows, the background injects this stage into the same frame
 * and isolated world, and it leaves its entry point here for the loader. A page of a
 * site that is not enabled never compiles it. Only types and this name: the loader
 * imports nothing else of it.
 */
export const SENSOR_STAGE_GLOBAL = '__nezabudkaSensorStage';

/**
 * What the loader lends the stage: code it has compiled already (the template keys and
 * the insertion chain under them work before any console is recognised), never bundled twice.
 */
export interface LoaderParts {
  listenForTemplateKeys: typeof listenForTemplateKeys;
}

/** The invitation on the page, until it is closed or gives way to teach mode. */
export interface ShownInvitation {
  remove(): void;
}

export interface SensorStage {
  /** The overlay on a recognised console, with teach mode at hand again. */
  runOverlay(
    ctx: ContentScriptContext,
    profile: SiteProfile,
    onReteach: () => void,
    loader: LoaderParts,
  ): Promise<void>;
  /**
   * On an enabled site's page no profile recognised, the invitation to teach it, in
   * plain DOM: the interface stage is loaded only when the operator accepts (`onTeach`).
   */
  showInvitation(
    ctx: ContentScriptContext,
    invitation: TeachInvitation,
    onTeach: () => void,
  ): ShownInvitation;
}
