/** One line of the runner's report: runs, then passes (optionally saying what it saw) or throws. */
export interface Check {
  name: string;
  run(): Promise<string | undefined>;
}

export interface Fixture {
  /** Also the name of the folder it is installed in and of its checks. */
  name: string;
  /** Folders under test/consumers copied into the fixture, in order (later ones win). */
  sources: string[];
  /** The checks, given the folder the fixture is installed in. */
  checks(dir: string): Check[];
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
