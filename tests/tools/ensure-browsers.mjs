// Makes sure Debian's Chromium and Firefox ESR (with Russian language packs, for the
// locale tests) are installed. Installs them with apt when running as root;
// otherwise stops with the exact command to run. Never skips silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const requiredPackages = [
  { name: 'chromium', file: process.env.NZ_CHROMIUM ?? '/usr/bin/chromium' },
  { name: 'chromium-l10n', file: '/usr/lib/chromium/locales/ru.pak' },
  { name: 'firefox-esr', file: process.env.NZ_FIREFOX ?? '/usr/bin/firefox-esr' },
  {
    name: 'firefox-esr-l10n-ru',
    file: '/usr/lib/firefox-esr/browser/extensions/langpack-ru@firefox-esr.mozilla.org.xpi',
  },
];

const system = {
  exists: existsSync,
  isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
  hasApt: () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
  run: (command) =>
    execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  log: console.log,
};

export function missingPackages(exists = system.exists) {
  return requiredPackages.filter((pkg) => !exists(pkg.file)).map((pkg) => pkg.name);
}

/**
 * Returns null when the browsers are ready, else a message saying what to install.
 * `env` replaces the real system in tests.
 */
export function ensureBrowsers(env = {}) {
  const { exists, isRoot, hasApt, run, log } = { ...system, ...env };
  const missing = missingPackages(exists);
  if (missing.length === 0) return null;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!isRoot() || !hasApt()) {
    return [
      `End-to-end tests need real browsers, and these Debian packages are missing: ${missing.join(', ')}.`,
      `Install them and run npm test again:`,
      `  sudo sh -c '${command}'`,
    ].join('\n');
  }
  log(`Installing the browsers for the end-to-end tests: ${missing.join(', ')} (apt, about a minute)…`);
  try {
    run(command);
  } catch {
    return `Installing ${missing.join(', ')} with apt failed. Run this yourself, then npm test again:\n  ${command}`;
  }
  const still = missingPackages(exists);
  return still.length === 0
    ? null
    : `Still missing after apt: ${still.join(', ')}. Install them by hand: ${command}`;
}
