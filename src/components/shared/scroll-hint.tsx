/** The visible word under a title that a table scrolls sideways: more columns are further along. */
export function ScrollHint({ id, children }: { id: string; children: string }) {
  return (
    <p id={id} className="konan-hint konan-scroll-hint">
      <span aria-hidden="true">⇆</span> {children}
    </p>
  );
}
