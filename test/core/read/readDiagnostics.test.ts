import { ProblemCollector, defaultMaxProblems } from "../../../src/core/read/readDiagnostics";

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
