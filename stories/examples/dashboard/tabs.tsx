import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';

export interface DashboardTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

interface TabsProps {
  /** Names the tab list for assistive technology. */
  label: string;
  tabs: readonly DashboardTab[];
}

type Move = (index: number, count: number) => number;
const next: Move = (i, n) => (i + 1) % n;
const previous: Move = (i, n) => (i - 1 + n) % n;

/** The move of a key; arrows follow the reading direction (in RTL, ArrowLeft is "next"). */
function moveOf(key: string, rtl: boolean): Move | undefined {
  if (key === 'ArrowRight') return rtl ? previous : next;
  if (key === 'ArrowLeft') return rtl ? next : previous;
  if (key === 'Home') return () => 0;
  if (key === 'End') return (_, n) => n - 1;
  return undefined;
}

/**
 * An ARIA tab list: one tab stop, arrow keys, Home and End move and select (automatic
 * activation). Visited panels stay mounted (hidden), so a form or a result survives a tab switch.
 */
export function Tabs({ label, tabs, initial }: TabsProps & { initial?: string }) {
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(initial ?? tabs[0]?.id ?? '');
  const [visited, setVisited] = useState(() => new Set([selected]));

  const select = (id: string) => {
    setSelected(id);
    setVisited((current) => (current.has(id) ? current : new Set(current).add(id)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = listRef.current;
    const rtl = list ? getComputedStyle(list).direction === 'rtl' : false;
    const move = moveOf(event.key, rtl);
    if (!move) return;
    event.preventDefault();
    const index = tabs.findIndex((tab) => tab.id === selected);
    const target = tabs[move(index, tabs.length)];
    if (!target) return;
    select(target.id);
    list?.querySelector<HTMLElement>(`[data-tab="${target.id}"]`)?.focus();
  };

  return (
    <div className="dashboard-tabs">
      <div
        ref={listRef}
        role="tablist"
        aria-label={label}
        className="dashboard-tablist"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-${tab.id}-tab`}
            data-tab={tab.id}
            aria-selected={tab.id === selected}
            aria-controls={visited.has(tab.id) ? `${base}-${tab.id}-panel` : undefined}
            tabIndex={tab.id === selected ? 0 : -1}
            className="dashboard-tab"
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) =>
        visited.has(tab.id) ? (
          <div
            key={tab.id}
            role="tabpanel"
            id={`${base}-${tab.id}-panel`}
            aria-labelledby={`${base}-${tab.id}-tab`}
            hidden={tab.id !== selected}
            className="dashboard-tabpanel"
          >
            {tab.render()}
          </div>
        ) : null,
      )}
    </div>
  );
}
