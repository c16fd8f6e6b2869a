import { splitDelimitedText } from "../../src/core/read/delimitedText";
import { readPurchaseData } from "../../src/core/read/readPurchaseData";
import { readFixture } from "../support/fixtures";

/** The CDNOW sample (test/fixtures/cdnowElog.csv) read as the command reads it, with sampleid as the customer. */
export function cdnowData() {
  const data = readPurchaseData(splitDelimitedText(readFixture("cdnowElog.csv")).rows, { columns: { customer: "sampleid" } });
  if (data.layout !== "transactions") throw new Error("the CDNOW sample is a transaction log");
  return data;
}
