/* The worksheet-function sources, in order: webpack bundles them and the metadata plugin reads their JSDoc. */
const functionSources = [
  "src/functions/lifetimeValue.ts",
  "src/functions/kpis.ts",
  "src/functions/surveys.ts",
  "src/functions/abTests.ts",
  "src/functions/engagement.ts",
  "src/functions/segments.ts",
  "src/functions/customerHistory.ts",
  "src/functions/models.ts",
  "src/functions/subscriptions.ts",
  "src/functions/cohorts.ts",
];

module.exports = { functionSources };
