/**
 * Imported first, for its side effect, by the code that runs under the page's
 * CSP (the renderer's main.tsx and the preload), before any schema is parsed.
 * Zod 4 compiles a fast object parser with `new Function`, and first probes
 * whether it may; the CSP forbids eval, so every probe is a blocked attempt
 * and a logged violation. Jitless parsing is the same validation without the
 * probe. The main process has no CSP and keeps the compiled parser: never
 * import this from electron/main.
 */
import { z } from 'zod';

z.config({ jitless: true });
