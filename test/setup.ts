// Shared setup for the unit project. Layers add their own MSW servers per test file.
export {};
