import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  /** Shows a spinner before the label while the action it started is under way. */
  busy?: boolean;
}

export function Button({
  variant = 'secondary',
  busy = false,
  className,
  type = 'button',
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      data-variant={variant}
      className={className ? `konan-button ${className}` : 'konan-button'}
    >
      {busy ? <span className="konan-button-spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
