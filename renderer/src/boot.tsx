// The app shell: React, Mantine and every provider. main.tsx imports this
// once it has started the calls and the section chunk the address needs, so
// those travel while the shell is fetched and evaluated, not after it.
import '@shared/zod-jitless';
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
