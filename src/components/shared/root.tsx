import type { HTMLAttributes } from 'react';
import { useKonanUI } from './ui-context.js';

/** The root element of every Konan component: scopes the stylesheet and applies the theme. */
export function KonanRoot({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const { theme } = useKonanUI();
  return (
    <div
      {...props}
      className={className ? `konan ${className}` : 'konan'}
      data-konan-theme={theme}
    />
  );
}
