/**
 * Jest for the end-to-end tests only (`npm run e2e`): the production build served by scripts/demoServer.mjs,
 * driven in Debian's headless Chromium through playwright-core. Needs `npm run build` first. Its files end in
 * .e2e.ts, which the default Jest run (jest.config.js) does not match.
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  maxWorkers: 1,
  testTimeout: 300000,
};
