import type { ReactNode } from 'react';
import { FluentProvider, webLightTheme, webDarkTheme, type Theme } from '@fluentui/react-components';

/** The one FluentProvider, with Office's theme colours when the host gives them. */
export function Root({
  children,
  dark = false,
  theme,
}: {
  children: ReactNode;
  dark?: boolean;
  theme?: Partial<Theme>;
}) {
  const base = dark ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={{ ...base, ...theme }} style={{ height: '100%' }}>
      {children}
    </FluentProvider>
  );
}
