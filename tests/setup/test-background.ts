import { afterEach } from 'vitest';
import { startBackground } from '../../lib/services/background-app';
import { installFakePorts } from './fake-ports';
import { extensionPage, sendMessagesAs } from './fake-sender';

/**
 * A starter for the real background over a fresh database (named from `prefix`),
 * stopped after each test. Requests come from the settings page unless a test
 * speaks as a helpdesk tab (`sendMessagesAs(contentScript(…))`).
 */
export function backgroundForTests(prefix: string) {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });
  return () => {
    installFakePorts();
    sendMessagesAs(extensionPage());
    const app = startBackground(`${prefix}-${Math.random().toString(36).slice(2)}`);
    stop = app.stop;
    return app;
  };
}
