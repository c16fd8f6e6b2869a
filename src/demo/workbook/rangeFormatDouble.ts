import type { CellArea } from "../../excel/a1";
import { areaAddress } from "../../excel/a1";
import { RangeFontDouble } from "./rangeFontDouble";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * `range.format`: `autofitColumns()` (ExcelApi 1.2, recorded in `book.autofits` at the next sync) and `font`.
 * @example range.format.autofitColumns(); range.format.font.italic = true;
 */
export class RangeFormatDouble {
  readonly font: RangeFontDouble;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly sheet: () => string,
    private readonly area: () => CellArea,
  ) {
    this.font = new RangeFontDouble(context, book, sheet, area);
  }

  autofitColumns(): void {
    this.context.enqueue(() => this.book.addAutofit(this.sheet(), areaAddress(this.area())));
  }
}
