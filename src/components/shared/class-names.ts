/** The given class names that are set, space-separated: `classNames('konan-x', className)`. */
export function classNames(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
