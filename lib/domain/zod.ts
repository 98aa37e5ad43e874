import { z } from 'zod';

// Extension pages and content scripts forbid eval. Without this, zod probes for
// it with `new Function` (a CSP violation report, and a web-ext lint warning) to
// compile faster validators; the interpreted ones are fast enough for us.
z.config({ jitless: true });

export { z };
