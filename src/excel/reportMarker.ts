import type { ReportSheet } from "../core/report/reportModel";

/**
 * The marker of a sheet the add-in created: a hidden worksheet-scoped named item (`Worksheet.names`,
 * ExcelApi 1.4). It travels with the sheet when the user renames it, is invisible in the Name Manager, and a
 * user's own sheet never has it, so only sheets carrying it are ever replaced. Its comment (`NamedItem.comment`,
 * ExcelApi 1.4) records which report sheet it is ("Kundevaerdi:segmentRules …").
 * @example sheet.names.getItemOrNullObject(REPORT_SHEET_MARKER)
 */
export const REPORT_SHEET_MARKER = "Kundevaerdi_Report";

const REPORT_SHEET_IDS: ReadonlyArray<ReportSheet["id"]> = ["overview", "segments", "customers", "segmentRules"];

/**
 * The marker comment for a report sheet.
 * @example markerComment("segmentRules") // "Kundevaerdi:segmentRules — created by Kundeværdi; replaced when the report is written again."
 */
export function markerComment(id: ReportSheet["id"]): string {
  return `Kundevaerdi:${id} — created by Kundeværdi; replaced when the report is written again.`;
}

/**
 * Which report sheet a marker comment names; undefined for anything else (markers written before the comment
 * recorded it, or a comment edited by hand).
 * @example reportSheetIdOf(markerComment("customers")) // "customers"
 */
export function reportSheetIdOf(comment: string | null | undefined): ReportSheet["id"] | undefined {
  const match = /^Kundevaerdi:(\w+)/.exec(comment ?? "");
  return REPORT_SHEET_IDS.find((id) => id === match?.[1]);
}

/**
 * A worksheet of the workbook, with what its marker says.
 * @example { sheet, name: "My rules", worksheetId: "{…}", ours: true, reportId: "segmentRules" }
 */
export interface MarkedSheet {
  sheet: Excel.Worksheet;
  name: string;
  /** The worksheet's id (stable across renames). */
  worksheetId: string;
  /** Whether the add-in created the sheet (it carries the marker). */
  ours: boolean;
  /** Which report sheet it is, when the marker says so. */
  reportId: ReportSheet["id"] | undefined;
}

/**
 * Loads every worksheet with its marker, in two syncs (names and ids; then the markers). Anything the caller
 * queued before goes with the first sync.
 * @example const sheets = await loadMarkedSheets(context); sheets.filter((s) => s.ours)
 */
export async function loadMarkedSheets(context: Excel.RequestContext): Promise<MarkedSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  const markers = worksheets.items.map((sheet) => {
    const marker = sheet.names.getItemOrNullObject(REPORT_SHEET_MARKER);
    marker.load("comment");
    return { sheet, marker };
  });
  await context.sync();
  return markers.map(({ sheet, marker }) => ({
    sheet,
    name: sheet.name,
    worksheetId: sheet.id,
    ours: !marker.isNullObject,
    reportId: marker.isNullObject ? undefined : reportSheetIdOf(marker.comment),
  }));
}
