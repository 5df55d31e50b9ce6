export function Spinner({ label }: { label: string }) {
  return (
    <span className="konan-spinner" role="status">
      {label}
    </span>
  );
}
