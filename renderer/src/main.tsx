// The entry holds only what starts the work the address needs: the settings
// and plan calls and the section's chunk (app/early-start.ts). They go out as
// soon as the page has this small file, while the app shell (boot.tsx) is
// still being fetched and evaluated.
import './app/early-start';
// Here, so the page links the styles from its first line.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

void import('./boot');
