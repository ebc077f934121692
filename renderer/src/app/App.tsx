import '@mantine/spotlight/styles.css';
import { useMemo } from 'react';
import { MantineProvider, type MantineColorScheme } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router';
import { AppBoundary } from './AppBoundary';
import { settingsColorSchemeManager } from './color-scheme-manager';
import { DesktopLayer } from './DesktopLayer';
import { AppRoutes } from './routes';
import { StartupError } from './StartupError';
import { cssVariablesResolver, theme } from './theme';
import { useStartup } from './useStartup';

export interface AppProps {
  /** `test` disables Mantine transitions and portals (component tests only). */
  env?: 'default' | 'test';
}

/** The whole renderer: providers, theme from settings, and the routes. */
export function App({ env = 'default' }: AppProps) {
  const startup = useStartup();
  if (startup.state === 'loading') return null;
  const colorScheme = startup.state === 'ready' ? startup.colorScheme : 'auto';
  return (
    <Providers colorScheme={colorScheme} env={env}>
      {startup.state === 'no-bridge' ? (
        <StartupError />
      ) : (
        <HashRouter>
          <DesktopLayer>
            <AppBoundary>
              <AppRoutes />
            </AppBoundary>
          </DesktopLayer>
        </HashRouter>
      )}
    </Providers>
  );
}

interface ProvidersProps {
  colorScheme: MantineColorScheme;
  env: 'default' | 'test';
  children: React.ReactNode;
}

function Providers({ colorScheme, env, children }: ProvidersProps) {
  // Created once: the manager holds the live preference after startup.
  const manager = useMemo(() => settingsColorSchemeManager(colorScheme), [colorScheme]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme={colorScheme} colorSchemeManager={manager} env={env}>
      <ModalsProvider>
        <Notifications position="bottom-right" />
        {children}
      </ModalsProvider>
    </MantineProvider>
  );
}
