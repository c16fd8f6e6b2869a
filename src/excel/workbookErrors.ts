/**
 * A worksheet or Excel table the add-in was asked to use is not in the workbook (deleted or renamed since).
 * @example if (error instanceof WorkbookItemNotFoundError) show(error.item, error.itemName)
 */
export class WorkbookItemNotFoundError extends Error {
  constructor(
    readonly item: "sheet" | "table",
    readonly itemName: string,
  ) {
    super(`There is no ${item === "sheet" ? "worksheet" : "table"} named "${itemName}" in the workbook`);
    this.name = "WorkbookItemNotFoundError";
  }
}
