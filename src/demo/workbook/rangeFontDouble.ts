import type { CellArea } from "../../excel/a1";
import { checkedColor } from "./cellColor";
import { excelError } from "./excelError";
import { LoadedProperties, splitProperties } from "./loadedProperties";
import type { CellFont } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/**
 * `range.format.font` (ExcelApi 1.1): `color` ("#RRGGBB") and `italic`, written to every cell of the range at the next
 * sync; readable after `load("color, italic")` and a sync (null when the cells differ, as in Excel).
 * @example const font = range.format.font; font.color = "#44546A"; font.italic = true; await context.sync();
 */
export class RangeFontDouble {
  private loaded = new LoadedProperties();

  constructor(
    private readonly context: RequestContextDouble,
    private readonly book: WorkbookDouble,
    private readonly sheet: () => string,
    private readonly area: () => CellArea,
  ) {}

  get color(): string | null {
    return this.loaded.get("color") as string | null;
  }

  set color(color: string) {
    this.write({ color: checkedColor(color, "font.color") });
  }

  get italic(): boolean | null {
    return this.loaded.get("italic") as boolean | null;
  }

  set italic(italic: boolean) {
    if (typeof italic !== "boolean") throw excelError("InvalidArgument", `font.italic ${JSON.stringify(italic)} is not true or false`);
    this.write({ italic });
  }

  /** Models "color" and "italic". */
  load(propertyNames: string | string[]): this {
    const properties = splitProperties(propertyNames);
    for (const property of properties) {
      if (property !== "color" && property !== "italic") throw new Error(`The workbook double does not model RangeFont.${property}`);
    }
    this.context.enqueue(() => {
      const fonts = this.cellFonts();
      for (const property of properties as Array<keyof CellFont>) {
        const first = fonts[0][property];
        this.loaded.set(property, fonts.every((font) => font[property] === first) ? first : null);
      }
    });
    return this;
  }

  private cellFonts(): CellFont[] {
    const sheet = this.sheet();
    const { row, column, rowCount, columnCount } = this.area();
    const fonts: CellFont[] = [];
    for (let r = row; r < row + rowCount; r += 1) for (let c = column; c < column + columnCount; c += 1) fonts.push(this.book.getFont(sheet, r, c));
    return fonts;
  }

  private write(font: Partial<CellFont>): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const { row, column, rowCount, columnCount } = this.area();
      for (let r = row; r < row + rowCount; r += 1) for (let c = column; c < column + columnCount; c += 1) this.book.setFont(sheet, r, c, font);
    });
  }
}
