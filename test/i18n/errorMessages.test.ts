import { InputError, type InputErrorCode, type InputErrorParameters } from "../../src/core/inputError";
import {
  renderDateOrderConflictHint,
  renderDateOrderUnknown,
  renderInputError,
  renderInputErrorAt,
  renderRowsWithinRange,
  renderUnexpectedError,
} from "../../src/i18n/errorMessages";
import { type Language, supportedLanguages } from "../../src/i18n/language";
import { instructionPattern, sentenceCount } from "./instructions";

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
  openFractionRange: ["confidence", { value: 1 }],
  mustNotExceed: ["customersLost", { value: 150, limit: 120, limitArgument: "customersAtStart" }],
  retainedExceedsStart: ["customersAtEnd", { retained: 130, customersAtStart: 120 }],
  infiniteValue: ["periods", { retentionRate: 1, discountRate: 0 }],
  noValues: ["scores", {}],
  invalidScore: ["scores", { value: 11, row: 3, column: 2 }],
  offScale: ["answers", { value: 6, row: 4, column: 1, lowest: 1, highest: 5 }],
  countRequiredForAverage: ["existingCustomers", { averageArgument: "clv" }],
  resultTooLarge: ["revenue, orders", {}],
  notOneColumn: ["customers", { rows: 10, columns: 3 }],
  lengthMismatch: ["dates", { length: 10, otherArgument: "customers", otherLength: 9 }],
  scoreOutOfRange: ["recency", { value: 6, row: 2 }],
  parametersMalformed: ["bgnbdParameters", { missing: "r, alpha" }],
  notADate: ["asOf", { value: -3 }],
  unknownChoice: ["timeUnit", { value: "month", choices: "day, week" }],
  mustBePositiveWholeNumber: ["periodsOrSurvivors", { value: 0 }],
  notYesNo: ["active", { value: "maybe" }],
  survivorsIncrease: ["periodsOrSurvivors", { period: 3, survivors: 400, previous: 382 }],
  tooFewCustomers: ["periodsOrSurvivors", { customers: 12, minimum: 30 }],
  noChurners: ["periodsOrSurvivors", { customers: 500 }],
  churnOnlyInFirstPeriod: ["periodsOrSurvivors", { churners: 369 }],
  retentionNotRising: ["periodsOrSurvivors", { retentionRate: 1 - 800 / 1500 }],
  fitNotConverged: ["periodsOrSurvivors", { iterations: 200 }],
  infiniteLifetime: ["discountRate", { alpha: 0.7040773 }],
  discountRateTooSmall: ["discountRate", { value: 1e-12, minimum: 1e-9 }],
  sbgParametersMalformed: ["sbgParameters", { missing: "beta" }],
  cellNegative: ["interactions", { value: -12, row: 5, column: 1 }],
  missingReach: ["audience", { value: null, interactions: 40, row: 3, column: 1 }],
  cellNotADate: ["ends", { value: "soon", row: 7, column: 1 }],
  // 2024-03-01 is day 19783 (2024-01-31 = 19753, + 29 days of February + 1): 10:00 and 9:00 that morning.
  endBeforeStart: ["ends", { start: 19783 + 10 / 24, end: 19783 + 9 / 24, startArgument: "startsOrDurations", row: 4, column: 1 }],
  missingStart: ["startsOrDurations", { endArgument: "ends", row: 6, column: 1 }],
  durationLooksLikeDate: ["startsOrDurations", { value: 45352.625, row: 2, column: 1 }],
  notATimeOfDay: ["businessStart", { value: 8 }],
  businessHoursOrder: ["businessEnd", { start: 16 / 24, end: 8 / 24, startArgument: "businessStart" }],
  businessHoursIncomplete: ["businessEnd", { given: "businessStart" }],
  businessHoursNeedTimes: ["businessStart", {}],
  holidaysNeedBusinessHours: ["holidays", {}],
};

const codes = Object.keys(examples) as InputErrorCode[];

/**
 * Whether a worksheet function gets the code for bad data in a range (a cell, the range's shape, a range of model
 * parameters): its message must then say what to do. The others are about one argument's value ("orders must be a
 * number > 0, got 0"), where the rule the message gives is what to do. Typed so that a new code must be classified.
 */
const aboutData: Record<InputErrorCode, boolean> = {
  required: false,
  notANumber: false,
  cellNotANumber: true,
  mustBeNonNegative: false,
  mustBePositive: false,
  mustBeWholeNumber: false,
  fractionRange: false,
  rateLooksLikePercent: false,
  openFractionRange: false,
  mustNotExceed: false,
  retainedExceedsStart: false,
  infiniteValue: false,
  noValues: true,
  invalidScore: true,
  offScale: true,
  countRequiredForAverage: false,
  resultTooLarge: false,
  notOneColumn: true,
  lengthMismatch: true,
  scoreOutOfRange: true,
  parametersMalformed: true,
  notADate: false,
  unknownChoice: false,
  mustBePositiveWholeNumber: false,
  notYesNo: false,
  survivorsIncrease: true,
  tooFewCustomers: true,
  noChurners: true,
  churnOnlyInFirstPeriod: true,
  retentionNotRising: true,
  fitNotConverged: true,
  infiniteLifetime: false,
  discountRateTooSmall: false,
  sbgParametersMalformed: true,
  cellNegative: true,
  missingReach: true,
  cellNotADate: true,
  endBeforeStart: true,
  missingStart: true,
  durationLooksLikeDate: true,
  notATimeOfDay: false,
  businessHoursOrder: false,
  businessHoursIncomplete: false,
  businessHoursNeedTimes: false,
  holidaysNeedBusinessHours: false,
};

/** The codes the models refuse a value of a range with and name no row (located by checkRows, worded by renderInputErrorAt). */
const locatedCodes: InputErrorCode[] = ["notANumber", "mustBeNonNegative", "mustBePositive", "mustBeWholeNumber", "mustNotExceed", "mustBePositiveWholeNumber", "notYesNo"];

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
    expect(render("invalidScore", "en")).toBe("Row 3, column 2 of scores must be a whole number from 0 to 10, got 11; correct the answer or clear the cell.");
    expect(render("offScale", "en")).toBe("Row 4, column 1 of answers must be a whole number from 1 to 5 (the survey's scale), got 6; correct the answer, clear the cell or give the scale.");
    expect(render("rateLooksLikePercent", "en")).toBe(
      "grossMargin must be a fraction from 0 to 1 (0.1 = 10 %), got 40. For 40 %, write 0.4 or 40%.",
    );
    expect(render("openFractionRange", "en")).toBe("confidence must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got 1.");
  });

  it("writes the response-time and engagement messages with the times as a person reads them", () => {
    expect(render("endBeforeStart", "en")).toBe(
      "Row 4, column 1 of ends (2024-03-01 09:00) is before its start in startsOrDurations (2024-03-01 10:00): swap the two ranges if they are the wrong way round, or correct the row.",
    );
    expect(render("endBeforeStart", "da")).toContain("(2024-03-01 09:00) ligger før starten i startsOrDurations (2024-03-01 10:00): byt de to områder");
    expect(renderInputError(new InputError("endBeforeStart", "ends", { start: 19783 + 0.5, end: 19783 + 0.5 - 30 / 86_400, startArgument: "startsOrDurations", row: 2, column: 1 }), "en", "C3")).toContain(
      "Cell C3 of ends (2024-03-01 11:59:30) is before its start in startsOrDurations (2024-03-01 12:00)",
    );
    expect(render("missingStart", "da")).toBe(
      "Række 6, kolonne 1 i startsOrDurations er tom, men rækken har et sluttidspunkt i ends; angiv, hvornår henvendelsen kom ind, eller slet sluttidspunktet.",
    );
    expect(render("missingStart", "sv")).toBe("Rad 6, kolumn 1 i startsOrDurations är tom, men raden har en sluttid i ends; fyll i när ärendet kom in eller ta bort sluttiden.");
    expect(render("businessHoursOrder", "en")).toBe("businessEnd (08:00) must be after businessStart (16:00); give business hours that open and close on the same day.");
    expect(render("missingReach", "en")).toBe(
      "Row 3, column 1 of audience must be the post's reach (or impressions), a number > 0, but it is blank beside 40 interactions; fill it in, or clear the post's row in both ranges.",
    );
    expect(renderInputError(new InputError("missingReach", "audience", { value: 0, interactions: 40, row: 3, column: 1 }), "sv", "C4")).toContain("Cell C4 i audience måste vara inläggets räckvidd (eller visningar), ett tal > 0, men är 0 vid 40 interaktioner");
    expect(render("notATimeOfDay", "da")).toBe('businessStart skal være et klokkeslæt som "08:00" (eller 8/24, en brøkdel af et døgn), men er 8.');
    expect(render("cellNotADate", "en")).toBe("Row 7, column 1 of ends must be a date (an Excel date, with or without a time of day), got 'soon'; write a date in the cell, or clear its row in every range.");
  });

  it("writes the sBG messages with rounded figures and the retention function's name in each language", () => {
    expect(render("retentionNotRising", "en")).toBe(
      "Retention does not rise with time as a customer in periodsOrSurvivors, so the sBG model finds no difference between customers: " +
        "use KV.CLVRETENTION with the one retention rate that fits them all, 0.467 per period.",
    );
    expect(render("retentionNotRising", "da")).toContain("brug KV.KUNDEVÆRDI.FASTHOLDELSE med den ene fastholdelsesrate, der passer på dem alle, 0,467 pr. periode.");
    expect(render("retentionNotRising", "sv")).toContain("använd KV.KUNDVÄRDE.RETENTION med den enda retentionsgrad som passar dem alla, 0,467 per period.");
    expect(render("infiniteLifetime", "en")).toBe(
      "With alpha 0.704 (at most 1) and discountRate 0 the expected remaining lifetime is infinite: give a discount rate above 0.",
    );
    expect(renderInputError(new InputError("notYesNo", "active", { value: "" }), "en")).toBe(
      "active must be TRUE (still active) or FALSE (cancelled), also written 1/0 or yes/no, but the cell is blank.",
    );
    expect(renderInputErrorAt(new InputError("notYesNo", "active", { value: "måske" }), "da", { row: 4, column: 1, sheetCell: "C5" })).toBe(
      "Celle C5 i active: active skal være SAND (stadig aktiv) eller FALSK (opsagt), også skrevet 1/0 eller ja/nej, men er »måske«; ret cellen, eller fjern dens række fra alle områderne.",
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

describe("cells of a range in messages", () => {
  const notANumber = new InputError("cellNotANumber", "recency", { value: "n/a", row: 27, column: 1 });
  const blank = new InputError("cellNotANumber", "recency", { value: "", row: 27, column: 1 });
  const score = new InputError("invalidScore", "scores", { value: 11, row: 3, column: 2 });

  it("name the sheet cell when the worksheet function knows it, in every language", () => {
    expect(renderInputError(notANumber, "en", "C28")).toBe("Cell C28 of recency must be a number or blank, got 'n/a'; replace it with a number.");
    expect(renderInputError(notANumber, "da", "C28")).toBe("Celle C28 i recency skal være et tal eller tom, men er »n/a«; erstat det med et tal.");
    expect(renderInputError(notANumber, "sv", "C28")).toBe("Cell C28 i recency måste vara ett tal eller tom, men är ”n/a”; ersätt det med ett tal.");
    expect(renderInputError(score, "en", "B4")).toBe("Cell B4 of scores must be a whole number from 0 to 10, got 11; correct the answer or clear the cell.");
  });

  it("say what to do about a blank cell inside the data, in every language", () => {
    expect(renderInputError(blank, "en", "C28")).toBe(
      "Cell C28 of recency is blank inside the data: fill in a number (0 is a value) or remove that row from every range.",
    );
    expect(renderInputError(blank, "da")).toBe(
      "Række 27, kolonne 1 i recency er tom midt i dataene: udfyld et tal (0 er en værdi), eller fjern rækken fra alle områderne.",
    );
    expect(renderInputError(blank, "sv")).toBe("Rad 27, kolumn 1 i recency är tom mitt i data: fyll i ett tal (0 är ett värde) eller ta bort raden ur alla områden.");
  });

  it("put the cell first for an error that names no row", () => {
    const refused = new InputError("mustBeWholeNumber", "frequency", { value: 2.5 });
    expect(renderInputErrorAt(refused, "en", { row: 27, column: 1, sheetCell: "C28" })).toBe(
      "Cell C28 of frequency: frequency must be a whole number ≥ 0 (0, 1, 2, …), got 2.5; correct that cell or remove its row from every range.",
    );
    expect(renderInputErrorAt(refused, "da", { row: 27, column: 1 })).toBe(
      "Række 27, kolonne 1 i frequency: frequency skal være et helt tal ≥ 0 (0, 1, 2, …), men er 2,5; ret cellen, eller fjern dens række fra alle områderne.",
    );
    expect(renderInputErrorAt(refused, "sv", { row: 1, column: 3 })).toBe(
      "Rad 1, kolumn 3 i frequency: frequency måste vara ett heltal ≥ 0 (0, 1, 2, …), men är 2,5; rätta cellen eller ta bort dess rad ur alla områden.",
    );
  });

  it.each(supportedLanguages)("say in %s that rows are counted within the range", (language) => {
    expect(renderRowsWithinRange(language)).toMatch(/\.$/);
  });
});

describe("the day/month order of text dates", () => {
  const params = { argument: "dates", example: "03/04/2024", row: 6, dayFirst: "2024-04-03", monthFirst: "2024-03-04" };

  it("asks for dateOrder with the example read both ways, in every language", () => {
    expect(renderDateOrderUnknown(params, "en")).toBe(
      "The dates in dates could be day first or month first: no date has a day above 12, and '03/04/2024' (row 6) is 2024-04-03 day first " +
        'but 2024-03-04 month first. Give dateOrder: "dmy" (day first) or "mdy" (month first).',
    );
    expect(renderDateOrderUnknown(params, "da")).toBe(
      "Datoerne i dates kan have dagen eller måneden først: ingen dato har en dag over 12, og »03/04/2024« (række 6) er 2024-04-03 med dagen først, " +
        'men 2024-03-04 med måneden først. Angiv dateOrder: "dmy" (dagen først) eller "mdy" (måneden først).',
    );
    expect(renderDateOrderUnknown(params, "sv")).toBe(
      "Datumen i dates kan ha dagen eller månaden först: inget datum har en dag över 12, och ”03/04/2024” (rad 6) är 2024-04-03 med dagen först " +
        'men 2024-03-04 med månaden först. Ange dateOrder: "dmy" (dagen först) eller "mdy" (månaden först).',
    );
  });

  it.each(supportedLanguages)("says in %s what to do about dates written both ways", (language) => {
    expect(renderDateOrderConflictHint(language)).toContain('dateOrder "dmy"');
  });
});

describe("every message about bad data in a range says what to do", () => {
  const blank = new InputError("cellNotANumber", "recency", { value: "", row: 27, column: 1 });
  const dateOrder = { argument: "dates", example: "03/04/2024", row: 6, dayFirst: "2024-04-03", monthFirst: "2024-03-04" };
  const messages = (language: Language): [string, string][] => [
    ...codes.filter((code) => aboutData[code]).map((code): [string, string] => [code, render(code, language)]),
    ...codes.filter((code) => aboutData[code]).map((code): [string, string] => {
      const [argument, params] = examples[code];
      return [`${code} at a sheet cell`, renderInputError(new InputError(code, argument, params), language, "C28")];
    }),
    ["cellNotANumber, blank", renderInputError(blank, language)],
    ...locatedCodes.map((code): [string, string] => {
      const [argument, params] = examples[code];
      return [`${code} located in a range`, renderInputErrorAt(new InputError(code, argument, params), language, { row: 27, column: 1, sheetCell: "C28" })];
    }),
    ["dateOrderUnknown", renderDateOrderUnknown(dateOrder, language)],
    ["dateOrderConflictHint", renderDateOrderConflictHint(language)],
  ];

  it.each(supportedLanguages.flatMap((language) => messages(language).map(([what, message]) => [language, what, message] as const)))(
    "%s: %s has an instruction in one or two sentences",
    (language, _what, message) => {
      expect(message).toMatch(instructionPattern(language));
      expect(sentenceCount(message)).toBeLessThanOrEqual(2);
    },
  );

  it("says what to do with a located cell after the argument's rule", () => {
    const negative = new InputError("mustBeNonNegative", "monetary", { value: -5 });
    expect(renderInputErrorAt(negative, "en", { row: 3, column: 1 })).toBe(
      "Row 3, column 1 of monetary: monetary must be a number ≥ 0, got -5; correct that cell or remove its row from every range.",
    );
  });
});
