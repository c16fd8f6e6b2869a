/*
 * Reading back a range of labelled parameters that a fitting function spilled (2 columns: name, value), in either
 * orientation: labels down the first column (as spilled) or across the first row.
 */

/**
 * The label → value pairs of a spilled parameter range, labels lower-cased: 2 columns (name, value) or 2 rows.
 * @example labelledValues([["alpha", 0.7], ["beta", 1.2]]).get("beta") // 1.2
 */
export function labelledValues(value: unknown): Map<string, unknown> {
  const rows = (Array.isArray(value) ? value : [[value]]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  const pairs = new Map<string, unknown>();
  const add = (label: unknown, cell: unknown): void => {
    if (typeof label === "string") pairs.set(label.trim().toLowerCase(), cell);
  };
  // Labels down the first column (as spilled) when the second row starts with a label; else across the first row.
  const labelsDown = rows.length === 1 || typeof rows[1][0] === "string";
  if (labelsDown) rows.forEach((row) => add(row[0], row[1]));
  else rows[0].forEach((label, column) => add(label, rows[1][column]));
  return pairs;
}
