/** Jest: TypeScript through ts-jest; DOM tests opt in with a `@jest-environment jsdom` docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.js",
  },
  setupFiles: ["<rootDir>/test/support/customFunctionsRuntime.ts", "<rootDir>/test/support/domEnvironment.ts"],
  testTimeout: 60000,
};
