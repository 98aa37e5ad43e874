// Host access to the demo desk (127.0.0.1 and localhost) exists only in
// development and test builds: `wxt dev`, and builds run with NZ_DEMO_HOSTS=1
// (npm start, npm test, the bench, the screenshots). A store package reaches no
// site until the operator enables one.
import demoDesk from '../../lib/adapters/profiles/demo-desk.json';

/** The demo desk's hosts, as its built-in profile matches them. */
export const DEMO_HOSTS: readonly string[] = demoDesk.matches;

export const DEMO_HOSTS_ENV = 'NZ_DEMO_HOSTS';

/** Whether this build may reach the demo desk out of the box. */
export function wantsDemoHosts(command: 'build' | 'serve', env: Record<string, string | undefined>): boolean {
  return command === 'serve' || env[DEMO_HOSTS_ENV] === '1';
}

interface ManifestHosts {
  host_permissions?: string[];
  permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  /** MV3 entries; MV2's are plain paths, reachable from any page. */
  web_accessible_resources?: ({ matches?: string[] } | string)[];
}

/**
 * Takes the demo hosts out of a generated manifest, by reference (WXT's
 * build:manifestGenerated hook): from host permissions, permissions, content
 * script matches and the matches of web-accessible resources (none today: the
 * overlay's style sheet is inside its script); a content script left with no
 * page is dropped from the manifest (its file stays, for the sites the operator
 * enables at runtime).
 */
export function stripDemoHosts(manifest: ManifestHosts): void {
  const keep = (pattern: string) => !DEMO_HOSTS.includes(pattern);
  if (manifest.host_permissions) manifest.host_permissions = manifest.host_permissions.filter(keep);
  if (manifest.host_permissions?.length === 0) delete manifest.host_permissions;
  if (manifest.permissions) manifest.permissions = manifest.permissions.filter(keep);
  manifest.content_scripts = withoutDemoMatches(manifest.content_scripts);
  if (!manifest.content_scripts) delete manifest.content_scripts;
  manifest.web_accessible_resources = withoutDemoMatches(manifest.web_accessible_resources);
  if (!manifest.web_accessible_resources) delete manifest.web_accessible_resources;
}

/** Entries without the demo hosts among their matches; one left with no page is dropped. */
function withoutDemoMatches<T extends { matches?: string[] } | string>(
  entries: T[] | undefined,
): T[] | undefined {
  const kept: T[] = [];
  for (const entry of entries ?? []) {
    if (typeof entry === 'string' || !entry.matches) kept.push(entry);
    else {
      const matches = entry.matches.filter((pattern) => !DEMO_HOSTS.includes(pattern));
      if (matches.length > 0) kept.push({ ...(entry as { matches: string[] }), matches } as T);
    }
  }
  return kept.length > 0 ? kept : undefined;
}
