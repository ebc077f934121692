// First: no schema may be parsed before Zod is told not to probe for eval (CSP).
import '@shared/zod-jitless';
// Then, for its side effect: starts the calls and code the address needs
// while the rest of the app is still being evaluated.
import './app/early-start';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must have a #root element.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
