import { ProblemCollector, cellProblem, defaultMaxProblems, returnsWithoutPurchaseNotice } from "../../../src/core/read/readDiagnostics";

const column = { index: 1, header: "Dato" };

describe("ProblemCollector", () => {
  it("numbers rows as the user sees them and quotes the cell as text", () => {
    const problems = new ProblemCollector(10, 1);
    problems.add(6, column, "invalidDate", "31-02-2024");
    problems.add(7, column, "unreadableDate", true);
    const report = problems.report(5, 2, 1, []);
    expect(report.problems).toEqual([
      { row: 7, column, reason: "invalidDate", value: "31-02-2024" },
      { row: 8, column, reason: "unreadableDate", value: "TRUE" },
    ]);
    expect(report).toMatchObject({ rowsRead: 5, rowsSkipped: 2, emptyRows: 1, problemCount: 2, problemCounts: { invalidDate: 1, unreadableDate: 1 } });
  });

  it("lists at most the cap but counts every problem", () => {
    const problems = new ProblemCollector(3, 5);
    for (let row = 0; row < 10; row += 1) problems.add(row, column, "missingDate", "");
    const report = problems.report(0, 10, 0, []);
    expect(report.problems).toHaveLength(3);
    expect(report.problems[0].row).toBe(5);
    expect(report.problemCount).toBe(10);
    expect(report.problemCounts).toEqual({ missingDate: 10 });
  });

  it("lists 1000 problems by default", () => {
    expect(defaultMaxProblems).toBe(1000);
  });
});

describe("cellProblem", () => {
  it("makes a column reader's reason specific where the cell shows why", () => {
    expect(cellProblem("invalidCustomer", { code: "#N/A" })).toBe("errorValue");
    expect(cellProblem("unreadableAmount", "#DIV/0!")).toBe("errorValue");
    expect(cellProblem("missingDate", 0)).toBe("zeroDate");
    expect(cellProblem("invalidDate", " 0 ")).toBe("zeroDate");
    expect(cellProblem("unreadableAmount", "250,00-")).toBe("trailingMinus");
    expect(cellProblem("unreadableAmount", "-250-")).toBe("unreadableAmount");
    expect(cellProblem("unreadableAmount", "abc-")).toBe("unreadableAmount");
    expect(cellProblem("unreadableDate", "next week")).toBe("unreadableDate");
  });
});

describe("returnsWithoutPurchaseNotice", () => {
  const column = { index: 2, header: "Beløb" };
  const notice = (customer: number[], day: number[], amount: number[]) =>
    returnsWithoutPurchaseNotice(
      { customer, customers: Math.max(...customer) + 1, day, amount, length: customer.length },
      column,
      (i) => amount[i],
      (i) => `K${customer[i]}`,
      (i) => i + 2,
    );

  it("counts customers whose every day nets to 0 or below, by the purchase-day rule", () => {
    // K0 buys; K1 returns 80; K2 buys 60 and returns it the same day; K3 returns 5 then buys 5 the next day; K4 buys nothing (0).
    expect(notice([0, 1, 2, 2, 3, 3, 4], [1, 2, 3, 3, 4, 5, 6], [100, -80, 60, -60, -5, 5, 0])).toEqual({
      code: "returnsWithoutPurchase",
      column,
      customers: 2,
      total: -80,
      example: { row: 3, value: "-80" },
      customer: "K1",
    });
    expect(notice([0, 1], [1, 2], [100, 0])).toBeUndefined();
  });
});
