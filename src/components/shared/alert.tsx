import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'info' | 'success' | 'warning' | 'danger';
  title?: ReactNode;
  children?: ReactNode;
  /** Danger alerts are announced at once (`role="alert"`), others politely. */
  live?: boolean;
}

export function Alert({ tone = 'info', title, children, live = true }: AlertProps) {
  const role = !live ? undefined : tone === 'danger' ? 'alert' : 'status';
  return (
    <div className="konan-alert" data-tone={tone} role={role}>
      {title ? <p className="konan-alert-title">{title}</p> : null}
      {children}
    </div>
  );
}
