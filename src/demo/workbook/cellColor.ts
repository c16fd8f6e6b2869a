import { excelError } from "./excelError";

/**
 * A colour as the double takes it: "#RRGGBB" in either case, returned in upper case as Excel reports colours;
 * anything else is refused like Excel's InvalidArgument (the double does not model colour names such as "red").
 * @example checkedColor("#44546a", "font.color") // "#44546A"
 */
export function checkedColor(color: unknown, property: string): string {
  if (typeof color !== "string" || !/^#[0-9a-f]{6}$/i.test(color)) {
    throw excelError("InvalidArgument", `${property} ${JSON.stringify(color)} is not a colour "#RRGGBB" (the workbook double does not model colour names)`);
  }
  return color.toUpperCase();
}
