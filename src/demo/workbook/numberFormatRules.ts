/** The most sections a number format may have: positive; negative; zero; text. */
export const NUMBER_FORMAT_MAX_SECTIONS = 4;

/**
 * Why Excel refuses a number format code, or undefined when it takes it, for the faults the sources name: more than
 * four sections (Microsoft Support, "Number format codes": "up to four sections of code, separated by semicolons"),
 * text not closed by its double quotation mark, a colour or condition not closed by its square bracket (ECMA-376
 * Part 1, §18.8.31 numFmts: literal text in quotes, [colour] and [condition] in brackets). A character after \ (shown
 * as is), _ (a space its width) or * (repeated) is taken literally. Whatever else is written is taken as Excel would.
 * @example numberFormatProblem('#,##0.00 "kr.";-#,##0.00 "kr."') // undefined
 * @example numberFormatProblem("0;0;0;@;0") // "has 5 sections, more than 4"
 */
export function numberFormatProblem(format: string): string | undefined {
  let sections = 1;
  for (let i = 0; i < format.length; i += 1) {
    const character = format[i];
    if (character === "\\" || character === "_" || character === "*") i += 1;
    else if (character === '"') {
      const close = format.indexOf('"', i + 1);
      if (close < 0) return `has a quotation mark at ${i + 1} that is not closed`;
      i = close;
    } else if (character === "[") {
      const close = format.indexOf("]", i + 1);
      if (close < 0) return `has a bracket at ${i + 1} that is not closed`;
      i = close;
    } else if (character === ";") sections += 1;
  }
  return sections > NUMBER_FORMAT_MAX_SECTIONS ? `has ${sections} sections, more than ${NUMBER_FORMAT_MAX_SECTIONS}` : undefined;
}
