declare global {
  interface ImportMetaEnv {
    /** Set at build time by wxt.config.ts (demo/tools/overlay-shadow-mode.ts). */
    readonly NZ_SHADOW_MODE?: string;
  }
}

/**
 * The mode our shadow roots are attached with: closed unless the build says open
 * (a test build), so a build that somehow lacks the setting still hides the
 * overlay from the page.
 */
export function shadowMode(): 'open' | 'closed' {
  return import.meta.env.NZ_SHADOW_MODE === 'open' ? 'open' : 'closed';
}
