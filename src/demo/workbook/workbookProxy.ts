import { RangeDouble } from "./rangeDouble";
import type { RequestContextDouble } from "./requestContextDouble";
import { SettingCollectionDouble } from "./settingCollectionDouble";
import { TableCollectionDouble } from "./tableCollectionDouble";
import type { WorkbookDouble } from "./workbookDouble";
import { WorksheetCollectionDouble } from "./worksheetCollectionDouble";

/**
 * `context.workbook`: worksheets, tables, settings, the selected range and the active cell.
 * @example context.workbook.getActiveCell().getSurroundingRegion().load("address")
 */
export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly settings: SettingCollectionDouble;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
  ) {
    this.worksheets = new WorksheetCollectionDouble(context, book);
    this.tables = new TableCollectionDouble(context, book);
    this.settings = new SettingCollectionDouble(context, book);
  }

  /** ExcelApi 1.1. */
  getSelectedRange(): RangeDouble {
    const { sheet, ...area } = this.book.selection;
    return new RangeDouble(this.context, this.book, () => sheet, area);
  }

  /** ExcelApi 1.7: the active cell (the selection's top-left cell). */
  getActiveCell(): RangeDouble {
    const { sheet, row, column } = this.book.selection;
    return new RangeDouble(this.context, this.book, () => sheet, { row, column, rowCount: 1, columnCount: 1 });
  }
}
