import { InputError, type InputErrorCode, type InputErrorParameters } from "../../src/core/inputError";
import { renderInputError, renderUnexpectedError } from "../../src/i18n/errorMessages";
import { type Language, supportedLanguages } from "../../src/i18n/language";

/** One example of every error code; typed so that a new code without an example fails the typecheck. */
const examples: { [Code in InputErrorCode]: [argument: string, params: InputErrorParameters[Code]] } = {
  required: ["lifespanYears", {}],
  notANumber: ["averageOrderValue", { value: "abc" }],
  cellNotANumber: ["scores", { value: "n/a", row: 3, column: 2 }],
  mustBeNonNegative: ["averageOrderValue", { value: -5 }],
  mustBePositive: ["orders", { value: 0 }],
  mustBeWholeNumber: ["periods", { value: 2.5 }],
  fractionRange: ["grossMargin", { value: -0.2 }],
  rateLooksLikePercent: ["grossMargin", { value: 40 }],
  mustNotExceed: ["customersLost", { value: 150, limit: 120, limitArgument: "customersAtStart" }],
  retainedExceedsStart: ["customersAtEnd", { retained: 130, customersAtStart: 120 }],
  infiniteValue: ["periods", { retentionRate: 1, discountRate: 0 }],
  noValues: ["scores", {}],
  invalidScore: ["scores", { value: 11, row: 3, column: 2 }],
  countRequiredForAverage: ["existingCustomers", { averageArgument: "clv" }],
  resultTooLarge: ["revenue, orders", {}],
  notOneColumn: ["customers", { rows: 10, columns: 3 }],
  lengthMismatch: ["dates", { length: 10, otherArgument: "customers", otherLength: 9 }],
  scoreOutOfRange: ["recency", { value: 6, row: 2 }],
  parametersMalformed: ["bgnbdParameters", { missing: "r, alpha" }],
  notADate: ["asOf", { value: -3 }],
  unknownChoice: ["timeUnit", { value: "month", choices: "day, week" }],
};

const codes = Object.keys(examples) as InputErrorCode[];

function render<Code extends InputErrorCode>(code: Code, language: Language): string {
  const [argument, params] = examples[code];
  return renderInputError(new InputError(code, argument, params), language);
}

describe("renderInputError", () => {
  it.each(codes.flatMap((code) => supportedLanguages.map((language) => [code, language] as const)))(
    "renders %s in %s, naming the argument",
    (code, language) => {
      const message = render(code, language);
      expect(message.trim().length).toBeGreaterThan(10);
      expect(message).toContain(examples[code][0]);
      expect(message).not.toMatch(/undefined|NaN|\[object/);
    },
  );

  it.each(codes)("words %s differently in each language", (code) => {
    const [english, danish, swedish] = (["en", "da", "sv"] as const).map((language) => render(code, language));
    expect(new Set([english, danish, swedish]).size).toBe(3);
  });

  it("writes the English examples", () => {
    expect(render("notANumber", "en")).toBe("averageOrderValue must be a number, got 'abc'.");
    expect(render("mustBeNonNegative", "en")).toBe("averageOrderValue must be a number ≥ 0, got -5.");
    expect(render("invalidScore", "en")).toBe("Row 3, column 2 of scores must be a whole number from 0 to 10, got 11.");
    expect(render("rateLooksLikePercent", "en")).toBe(
      "grossMargin must be a fraction from 0 to 1 (0.1 = 10 %), got 40. For 40 %, write 0.4 or 40%.",
    );
  });

  it("writes Danish and Swedish with decimal commas, their own quotes and logical values", () => {
    expect(render("rateLooksLikePercent", "da")).toBe(
      "grossMargin skal være en andel fra 0 til 1 (0,1 = 10 %), men er 40. Mener du 40 %, så skriv 0,4 eller 40 %.",
    );
    expect(render("mustBeWholeNumber", "sv")).toBe("periods måste vara ett heltal ≥ 0 (0, 1, 2, …), men är 2,5.");
    expect(render("notANumber", "da")).toBe("averageOrderValue skal være et tal, men er »abc«.");
    expect(render("notANumber", "sv")).toBe("averageOrderValue måste vara ett tal, men är ”abc”.");
    const logical = new InputError("notANumber", "orders", { value: true });
    expect(renderInputError(logical, "en")).toBe("orders must be a number, got TRUE.");
    expect(renderInputError(logical, "da")).toBe("orders skal være et tal, men er SAND.");
    expect(renderInputError(new InputError("notANumber", "orders", { value: false }), "sv")).toBe("orders måste vara ett tal, men är FALSKT.");
  });

  it("describes values it cannot quote, shortens long text and hides floating-point noise", () => {
    expect(renderInputError(new InputError("notANumber", "orders", { value: undefined }), "en")).toBe(
      "orders must be a number, got a value that is not a number.",
    );
    const longText = "x".repeat(200);
    const message = renderInputError(new InputError("notANumber", "orders", { value: longText }), "en");
    expect(message).toContain(`'${"x".repeat(39)}…'`);
    expect(message.length).toBeLessThan(80);
    // 0.1 + 0.2 = 0.30000000000000004 is shown as the 0.3 the user typed
    expect(renderInputError(new InputError("mustBePositive", "orders", { value: -(0.1 + 0.2) }), "en")).toBe(
      "orders must be a number > 0, got -0.3.",
    );
  });
});

describe("renderUnexpectedError", () => {
  it.each(supportedLanguages)("names the add-in and the detail in %s", (language) => {
    const message = renderUnexpectedError(language, "boom");
    expect(message).toContain("Kundeværdi");
    expect(message).toContain("boom");
  });
});
