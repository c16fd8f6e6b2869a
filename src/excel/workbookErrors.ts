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

/** The codes of a sync Excel on the web refused for its size (Microsoft Learn, "Error handling with the application-specific JavaScript APIs"). */
const PAYLOAD_LIMIT_CODES: readonly unknown[] = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

/**
 * Whether a sync failed because its request or response was over Excel on the web's 5 MB (an `OfficeExtension.Error`
 * whose `code` is RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded): the same work in smaller
 * pieces can succeed.
 * @example if (isPayloadLimitError(error)) rows = Math.ceil(rows / 2)
 */
export function isPayloadLimitError(error: unknown): boolean {
  return typeof error === "object" && error !== null && PAYLOAD_LIMIT_CODES.includes((error as { code?: unknown }).code);
}
