/** @type {import('next').NextConfig} */
export default {
  // The fixture is copied outside the repository; its own folder is the root.
  turbopack: { root: import.meta.dirname },
};
