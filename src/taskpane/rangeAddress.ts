import { quoteSheetName } from "../excel/a1";

/**
 * The sheet row number (1-based) of the first row of an A1 address, with or without a sheet name and `$`
 * signs, so row problems name the rows the user sees; 1 when the address has no row (whole columns, "A:E").
 * @example firstRowOfAddress("Data!$B$5:$F$120") // 5
 */
export function firstRowOfAddress(address: string): number {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const match = /^\$?[A-Za-z]*\$?(\d+)/.exec(local);
  return match ? Number(match[1]) : 1;
}

/**
 * How the pane names a range to the user: "Data!A1:E6920" (a sheet name with spaces or punctuation is quoted
 * the way Excel writes it: 'Mine data'!A1:C9).
 * @example rangeLabel("Mine data", "A1:C9") // "'Mine data'!A1:C9"
 */
export function rangeLabel(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}
