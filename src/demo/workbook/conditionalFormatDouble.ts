import { checkedColor } from "./cellColor";
import { excelError } from "./excelError";
import { notLoaded } from "./loadedProperties";
import type { ColorScaleCriteria, ColorScaleCriterion, ConditionalFormatRecord } from "./records";
import type { RequestContextDouble } from "./requestContextDouble";
import type { WorkbookDouble } from "./workbookDouble";

/** A colour scale's minimum or maximum as Excel takes it: type "Number", a number as text, a colour "#RRGGBB". */
function checkedCriterion(criterion: unknown, point: "minimum" | "maximum"): ColorScaleCriterion {
  if (typeof criterion !== "object" || criterion === null) throw excelError("InvalidArgument", `a colour scale needs a ${point}`);
  const { type, formula, color } = criterion as Record<string, unknown>;
  if (type !== "Number") throw new Error(`The workbook double models colour-scale criteria of type "Number" only, got ${JSON.stringify(type)} for the ${point}`);
  if (typeof formula !== "string" || formula.trim() === "" || !Number.isFinite(Number(formula))) {
    throw excelError("InvalidArgument", `the ${point}'s formula ${JSON.stringify(formula)} is not a number`);
  }
  return { type, formula, color: checkedColor(color, `colorScale.criteria.${point}.color`) };
}

/**
 * A conditional format as `range.conditionalFormats.add("ColorScale")` returns it (ExcelApi 1.6): writing
 * `colorScale.criteria` (a minimum and a maximum of type "Number") records them with the range's area at the next
 * sync (`book.conditionalFormats`); criteria Excel would refuse fail at once, and reads fail unless loaded, as everywhere.
 * @example const format = range.conditionalFormats.add("ColorScale"); format.colorScale.criteria = { minimum: { type: "Number", formula: "0", color: "#FFFFFF" }, maximum: { type: "Number", formula: "1", color: "#63BE7B" } };
 */
export class ConditionalFormatDouble {
  readonly colorScale: { criteria: ColorScaleCriteria };

  constructor(context: RequestContextDouble, book: WorkbookDouble, record: ConditionalFormatRecord) {
    this.colorScale = {
      get criteria(): ColorScaleCriteria {
        throw notLoaded("colorScale/criteria");
      },
      set criteria(criteria: unknown) {
        if (typeof criteria !== "object" || criteria === null) throw excelError("InvalidArgument", "colour-scale criteria must be an object");
        const { minimum, midpoint, maximum } = criteria as Record<string, unknown>;
        if (midpoint !== undefined) throw new Error("The workbook double does not model a colour scale's midpoint");
        const checked: ColorScaleCriteria = { minimum: checkedCriterion(minimum, "minimum"), maximum: checkedCriterion(maximum, "maximum") };
        context.enqueue(() => {
          record.criteria = checked;
          book.touch();
        });
      },
    };
  }

  get type(): string {
    throw notLoaded("type");
  }
}
