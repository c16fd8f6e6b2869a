import { readFixture } from "./fixtures";

/**
 * cdnowElog.csv follows from lifetimes' CDNOW_sample.txt (MIT) by a fixed rule: a header, commas, ids without their
 * zero padding, amounts without trailing zeros (as R writes numbers). So the repository's purchase log is lifetimes'
 * data, byte for byte the file BTYD ships (test/fixtures/README.md).
 */
function elogFromSample(sample: string): string {
  const lines = ["masterid,sampleid,date,cds,sales"];
  for (const line of sample.split("\r\n")) {
    if (line.trim() === "") continue;
    const [masterId, sampleId, date, cds, sales] = line.trim().split(/\s+/);
    const amount = sales.includes(".") ? sales.replace(/0+$/, "").replace(/\.$/, "") : sales;
    lines.push([Number(masterId), Number(sampleId), date, Number(cds), amount].join(","));
  }
  return `${lines.join("\n")}\n`;
}

describe("test/fixtures", () => {
  it("holds in cdnowElog.csv exactly lifetimes' CDNOW_sample.txt, written as comma-separated text", () => {
    expect(elogFromSample(readFixture("CDNOW_sample.txt")) === readFixture("cdnowElog.csv")).toBe(true);
  });

  it("holds the 2,357 customers of the published summary, 946 of them repeat buyers", () => {
    const rows = readFixture("cdnow_customers_summary_with_transactions.csv").trim().split("\n").slice(1);
    expect(rows).toHaveLength(2357);
    expect(rows.filter((row) => Number(row.split(",")[1]) > 0)).toHaveLength(946);
  });
});
