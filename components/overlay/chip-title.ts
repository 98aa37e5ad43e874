import type { Translate } from '../../lib/i18n/messages';

/** What the chip's tooltip reads, line by line; both chips (the first stage's and the panel's) show it. */
export interface ChipTitleView {
  profile?: { name: string } | null;
  openUnsure?: boolean;
  rowsCapped?: { read: number; total: number } | null;
  roundTripMs: number | null;
}

type ChipTitleKey = 'overlayProfile' | 'overlayOpenUnsure' | 'overlayRowsNotRead' | 'overlayRoundTrip';

/** The chip's tooltip: the profile reading the page, what it cannot tell, the background's answer; null when none. */
export function chipTitle(view: ChipTitleView, t: Translate<ChipTitleKey>): string | null {
  return (
    [
      view.profile && t('overlayProfile', { name: view.profile.name }),
      view.openUnsure && t('overlayOpenUnsure'),
      view.rowsCapped && t('overlayRowsNotRead', view.rowsCapped),
      view.roundTripMs !== null && t('overlayRoundTrip', { ms: view.roundTripMs }),
    ]
      .filter(Boolean)
      .join('\n') || null
  );
}
