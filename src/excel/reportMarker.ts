import { REPORT_SHEET_IDS, type ReportSheet } from "../core/report/reportModel";

/**
 * The marker of a sheet the add-in created: a hidden worksheet-scoped name whose comment says which report sheet it
 * is. It survives renames and a user's sheet never has it, so only marked sheets are replaced. ExcelApi 1.4.
 * @example sheet.names.getItemOrNullObject(REPORT_SHEET_MARKER)
 */
export const REPORT_SHEET_MARKER = "Kundevaerdi_Report";

/**
 * The marker comment for a report sheet.
 * @example markerComment("segmentRules") // "Kundevaerdi:segmentRules — created by Kundeværdi; replaced when the report is written again."
 */
export function markerComment(id: ReportSheet["id"]): string {
  return `Kundevaerdi:${id} — created by Kundeværdi; replaced when the report is written again.`;
}

/**
 * Which report sheet a marker comment names; undefined for any other comment (e.g. one edited by hand).
 * @example reportSheetIdOf(markerComment("customers")) // "customers"
 */
export function reportSheetIdOf(comment: string | null | undefined): ReportSheet["id"] | undefined {
  const match = /^Kundevaerdi:(\w+)/.exec(comment ?? "");
  return REPORT_SHEET_IDS.find((id) => id === match?.[1]);
}

/** A worksheet of the workbook, with what its marker says. */
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
 * Loads every worksheet with its marker, in two syncs; anything the caller queued goes with the first.
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
