import { summarizeCustomers } from "../../../src/core/summary/customerSummary";
import { modelInput } from "../../../src/core/summary/modelInput";
import { logOf } from "./logOf";

describe("modelInput", () => {
  it("keeps only included customers, compact, with the map back to summary indices", () => {
    const summary = summarizeCustomers(logOf([["a", 1, 5], ["b", 2, -5], ["c", 1, 10], ["c", 8, 20]]), { timeUnit: "week", observationEndDay: 15 });
    const input = modelInput(summary);
    expect(Array.from(input.customerIndex)).toEqual([0, 2]);
    expect(Array.from(input.frequency)).toEqual([0, 1]);
    expect(Array.from(input.recency)).toEqual([0, 1]);
    expect(Array.from(input.T)).toEqual([2, 2]);
    expect(Array.from(input.monetary)).toEqual([0, 20]);
    expect(input.frequency).toBeInstanceOf(Float64Array);
  });
});
