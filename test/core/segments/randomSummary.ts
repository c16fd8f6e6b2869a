import fc from "fast-check";
import { summarizeCustomers, type CustomerSummary } from "../../../src/core/summary/customerSummary";
import { logOf, type Row } from "../summary/logOf";

/** Customer ids of the random populations: up to 40 customers, some of them without rows. */
const ids = Array.from({ length: 40 }, (_, index) => `c${index}`);

/**
 * Random customer bases for property tests: summaries of random logs with ties, returns, zero amounts and
 * customers without purchases (so some are excluded).
 */
export const summaryArbitrary: fc.Arbitrary<CustomerSummary> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...ids),
      fc.integer({ min: 0, max: 90 }),
      fc.oneof(fc.constant(0), fc.integer({ min: -50, max: 500 })),
    ),
    { minLength: 1, maxLength: 150 },
  )
  .map((rows: Row[]) => summarizeCustomers(logOf(rows, ids), { timeUnit: "day", observationEndDay: 90 }));
