import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="konan-empty">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}
