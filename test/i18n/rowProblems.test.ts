import { type Analysis, type AnalysisSupport, analysisNeeds } from "../../src/core/read/analysisSupport";
import { PurchaseDataError, type PurchaseDataErrorCode, type PurchaseDataErrorParameters } from "../../src/core/read/purchaseDataError";
import type { ReadNotice, ReadNoticeCode, ReadDiagnostics, RowProblemReason, TextEncoding } from "../../src/core/read/readDiagnostics";
import { supportedLanguages } from "../../src/i18n/language";
import {
  columnRoleName,
  renderAnalysisSupport,
  renderPurchaseDataError,
  renderReadCounts,
  renderReadNotice,
  renderRowProblem,
} from "../../src/i18n/rowProblems";
import { instructionPattern, sentenceCount } from "./instructions";

const column = { index: 1, header: "Købsdato" };

/** One example value per reason; typed so that a new reason without an example fails the typecheck. */
const reasonExamples: Record<RowProblemReason, string> = {
  missingCustomer: "",
  invalidCustomer: "TRUE",
  missingDate: "",
  unreadableDate: "next week",
  invalidDate: "31-02-2024",
  ambiguousDate: "03/04/2024",
  missingAmount: "",
  unreadableAmount: "abc",
  ambiguousAmount: "1,234",
  unreadableQuantity: "two",
  missingPurchaseCount: "",
  invalidPurchaseCount: "2.5",
  missingCustomerCount: "",
  invalidCustomerCount: "0",
  duplicateCustomer: "Anna",
  lastBeforeFirst: "01-01-2020",
  implausibleDate: "2024",
  negativeAmount: "-250",
  amountWithoutPurchases: "500",
  extraFields: "56",
  repeatedHeader: "Kunde",
  onePurchaseTwoDates: "2024-03-01",
  errorValue: "#N/A",
  headerRow: "Dato",
  zeroDate: "0",
  trailingMinus: "1.234,50-",
};

/** One example per notice code; typed so that a new code without an example fails the typecheck. */
const noticeExamples: { [Code in ReadNoticeCode]: Extract<ReadNotice, { code: Code }> } = {
  dateOrderAmbiguous: { code: "dateOrderAmbiguous", column, assumed: "dmy", example: { row: 7, value: "03/04/2024" } },
  dateOrderConflict: { code: "dateOrderConflict", column, dayFirst: { row: 7, value: "13/01/2024" }, monthFirst: { row: 9, value: "01/13/2024" } },
  twoDigitYears: { code: "twoDigitYears", column, example: { row: 7, value: "31.01.24" } },
  decimalSeparatorAmbiguous: { code: "decimalSeparatorAmbiguous", column: { index: 2, header: "Beløb" }, example: { row: 7, value: "1.234" } },
  decimalSeparatorConflict: {
    code: "decimalSeparatorConflict",
    column: { index: 2, header: "Beløb" },
    decimalComma: { row: 7, value: "12,50" },
    decimalPoint: { row: 9, value: "12.50" },
  },
  mixedCurrencies: { code: "mixedCurrencies", column: { index: 2, header: "Beløb" }, currencies: ["DKK", "EUR"] },
  columnGuessed: { code: "columnGuessed", role: "date", column: { index: 2, header: undefined } },
  columnChoice: { code: "columnChoice", role: "customer", chosen: { index: 1, header: "sampleid" }, alternatives: [{ index: 0, header: "masterid" }] },
  dateAsLastPurchase: { code: "dateAsLastPurchase", column },
  amountAsTotal: { code: "amountAsTotal", column: { index: 2, header: "Købsbeløb" } },
  noAmountColumn: { code: "noAmountColumn" },
  textEncoding: { code: "textEncoding", encoding: "windows-1252" },
  implausibleAmounts: { code: "implausibleAmounts", column: { index: 2, header: "Beløb" }, rows: 2, typical: 1234.5, example: { row: 17, value: "1000000000000000" }, customer: "K30" },
  fieldsJoined: { code: "fieldsJoined", column: { index: 2, header: "Beløb" }, rows: 3, example: { row: 12, value: "1234,56" } },
  unnamedColumns: { code: "unnamedColumns", column: { index: 3, header: undefined }, columns: 1, rows: 40, example: { row: 2, value: "DK" } },
  returnsWithoutPurchase: {
    code: "returnsWithoutPurchase",
    column: { index: 2, header: "Beløb" },
    customers: 2,
    total: -80,
    example: { row: 5, value: "-80" },
    customer: "C",
  },
};

const errorExamples: { [Code in PurchaseDataErrorCode]: PurchaseDataErrorParameters[Code] } = {
  noData: {},
  missingColumns: { missing: ["date"], headers: ["Kunde", "Beløb"] },
  unknownColumn: { role: "date", given: "Købsdato" },
  sameColumnTwice: { roles: ["customer", "date"], column: 0 },
};

const languagePairs = <T>(items: T[]) => items.flatMap((item) => supportedLanguages.map((language) => [item, language] as const));

describe("renderRowProblem", () => {
  it.each(languagePairs(Object.keys(reasonExamples) as RowProblemReason[]))("renders %s in %s with the row, the column and the value", (reason, language) => {
    const value = reasonExamples[reason];
    const message = renderRowProblem({ row: 7, column, reason, value }, language);
    expect(message).toContain("7");
    expect(message).toContain("Købsdato");
    if (value) expect(message).toContain(value);
    expect(message).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each(Object.keys(reasonExamples) as RowProblemReason[])("words %s differently in each language", (reason) => {
    const messages = supportedLanguages.map((language) => renderRowProblem({ row: 7, column, reason, value: reasonExamples[reason] }, language));
    expect(new Set(messages).size).toBe(3);
  });

  it("writes the invalid-date example", () => {
    expect(renderRowProblem({ row: 7, column, reason: "invalidDate", value: "31-02-2024" }, "en")).toBe(
      "Row 7, column 'Købsdato': '31-02-2024' is not a valid date; correct the day, month or year.",
    );
    expect(renderRowProblem({ row: 7, column, reason: "invalidDate", value: "31-02-2024" }, "da")).toBe(
      "Række 7, kolonne »Købsdato«: »31-02-2024« er ikke en gyldig dato; ret dag, måned eller år.",
    );
    expect(renderRowProblem({ row: 7, column, reason: "invalidDate", value: "31-02-2024" }, "sv")).toBe(
      "Rad 7, kolumn ”Købsdato”: ”31-02-2024” är inte ett giltigt datum; rätta dag, månad eller år.",
    );
  });

  it("names a column without a header by its number and shortens long values", () => {
    const message = renderRowProblem({ row: 3, column: { index: 4, header: undefined }, reason: "unreadableAmount", value: "x".repeat(100) }, "en");
    expect(message).toMatch(/^Row 3, column 5: 'x{39}…' is not an amount; write it as a number, like 250\.$/);
  });
});

describe("renderReadNotice", () => {
  it.each(languagePairs(Object.keys(noticeExamples) as ReadNoticeCode[]))("renders %s in %s", (code, language) => {
    const message = renderReadNotice(noticeExamples[code], language);
    expect(message.length).toBeGreaterThan(20);
    expect(message).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each(Object.keys(noticeExamples) as ReadNoticeCode[])("words %s differently in each language", (code) => {
    expect(new Set(supportedLanguages.map((language) => renderReadNotice(noticeExamples[code], language))).size).toBe(3);
  });

  it("explains an ambiguous date column and the order used", () => {
    expect(renderReadNotice(noticeExamples.dateOrderAmbiguous, "en")).toBe(
      "In column 'Købsdato' every date like '03/04/2024' (row 7) could be day first or month first; they were read day first (31/01/2024). Choose the date order if that is wrong.",
    );
    expect(renderReadNotice(noticeExamples.implausibleAmounts, "da")).toBe(
      "I kolonne »Beløb« er 2 beløb over 1.000 gange så store som det typiske beløb 1.234,5 (»1000000000000000«, række 17, kunde »K30«); ret dem, hvis det er tastefejl. " +
        "De tæller med i omsætningen, men modellerne holder sådanne kunder ude af de andre kunders værdi.",
    );
    expect(renderReadNotice(noticeExamples.columnChoice, "en")).toBe("Several columns could be the customer; column 'sampleid' was used, not column 'masterid'. Choose the other column if that is wrong.");
  });
});

describe("the reasons and notices that keep messy data from being read silently", () => {
  it("names an Excel error value and says to fix it or remove the row", () => {
    expect(renderRowProblem({ row: 5, column: { index: 0, header: "customers" }, reason: "errorValue", value: "#N/A" }, "en")).toBe(
      "Row 5, column 'customers': the cell holds the Excel error '#N/A', not a value; correct the formula or the data that gives it, or remove the row.",
    );
  });

  it("shows how to write an amount with a trailing minus, in each language's quotes", () => {
    const problem = { row: 9, column: { index: 2, header: "Beløb" }, reason: "trailingMinus" as const, value: "1.234,50 kr-" };
    expect(renderRowProblem(problem, "en")).toContain("write it as '-1.234,50 kr'");
    expect(renderRowProblem(problem, "da")).toContain("skriv det som »-1.234,50 kr«");
    expect(renderRowProblem(problem, "sv")).toContain("skriv det som ”-1.234,50 kr”");
  });

  it("says a date of 0 is no date, not that it is blank", () => {
    const message = renderRowProblem({ row: 3, column: { index: 1, header: "Dato" }, reason: "zeroDate", value: "0" }, "en");
    expect(message).toContain("the date is 0");
    expect(message).not.toContain("blank;");
  });

  it("counts the header's columns and the unnamed ones, and names customers with only returns with their total", () => {
    expect(renderReadNotice(noticeExamples.unnamedColumns, "en")).toBe(
      "The header names 3 columns, but 40 lines have 1 more ('DK', row 2); that column has no header and is not read. " +
        "If a value holds the file's delimiter, put it in quotes; give a column a header if it holds data you need.",
    );
    expect(renderReadNotice(noticeExamples.returnsWithoutPurchase, "en")).toBe(
      "2 customers have only returns and no purchase (customer 'C', '-80' in column 'Beløb', row 5); they are not counted as customers, " +
        "but their amounts (-80 in total) count in revenue. If their purchases are missing from the data, add them.",
    );
  });
});

describe("renderPurchaseDataError", () => {
  it.each(languagePairs(Object.keys(errorExamples) as PurchaseDataErrorCode[]))("renders %s in %s", (code, language) => {
    const message = renderPurchaseDataError(new PurchaseDataError(code, errorExamples[code]), language);
    expect(message.length).toBeGreaterThan(20);
    expect(message).not.toMatch(/undefined|NaN|\[object/);
  });

  it("names the missing role and the headers found", () => {
    expect(renderPurchaseDataError(new PurchaseDataError("missingColumns", errorExamples.missingColumns), "en")).toBe(
      "No column was found for the date among 'Kunde' and 'Beløb'. Choose the columns.",
    );
    expect(renderPurchaseDataError(new PurchaseDataError("sameColumnTwice", errorExamples.sameColumnTwice), "da")).toBe(
      "Kolonne 1 er valgt både som kunde og som dato. Vælg en anden kolonne til en af dem.",
    );
  });
});

describe("renderAnalysisSupport", () => {
  const bgnbd: AnalysisSupport = { analysis: "bgnbd", supported: false, missing: ["firstPurchase", "lastPurchase"] };

  it("explains why BG/NBD cannot run on a table without purchase dates", () => {
    expect(renderAnalysisSupport(bgnbd, "en")).toBe(
      "The table has no first or last purchase dates, so recency cannot be computed; BG/NBD needs a transaction log or numbers of purchases and first and last purchase dates. " +
        "Choose or add columns with the first and last purchase dates, or use a transaction log (one row per purchase).",
    );
    expect(renderAnalysisSupport(bgnbd, "da")).toBe(
      "Tabellen har ingen datoer for første eller seneste køb, så recency (tid mellem første og seneste køb) kan ikke beregnes; " +
        "BG/NBD kræver en transaktionslog eller antal køb og datoer for første og seneste køb. " +
        "Vælg eller tilføj kolonner med datoer for første og seneste køb, eller brug en transaktionslog (én række pr. køb).",
    );
  });

  it("lists several missing facts and what they prevent", () => {
    const message = renderAnalysisSupport({ analysis: "predictiveClv", supported: false, missing: ["purchaseCount", "amounts"] }, "en");
    expect(message).toBe(
      "The table has no numbers of purchases or amounts, so frequency and spend cannot be computed; Predictive CLV needs a transaction log or numbers of purchases, first and last purchase dates and amounts. " +
        "Choose or add columns with the numbers of purchases and amounts, or use a transaction log (one row per purchase).",
    );
    expect(renderAnalysisSupport({ analysis: "historicalValue", supported: false, missing: ["amounts"] }, "sv")).toMatch(
      /Välj eller lägg till en kolumn med belopp eller använd en transaktionslogg \(en rad per köp\)\.$/,
    );
  });

  it("says nothing for a supported analysis", () => {
    expect(renderAnalysisSupport({ analysis: "segments", supported: true }, "sv")).toBeUndefined();
  });
});

describe("renderReadCounts and columnRoleName", () => {
  const report: ReadDiagnostics = { rowsRead: 6919, rowsSkipped: 1234, emptyRows: 2, problemCount: 2345, problemCounts: {}, problems: new Array(1000), notices: [] };

  it("writes the counts with each language's thousands separator", () => {
    expect(renderReadCounts(report, "en")).toBe("6,919 rows read, 1,234 skipped, 2 empty. The first 1,000 of 2,345 problems are listed.");
    expect(renderReadCounts(report, "da")).toBe("6.919 rækker læst, 1.234 sprunget over, 2 tomme. De første 1.000 af 2.345 problemer er vist.");
    expect(renderReadCounts({ ...report, problemCount: 0, problems: [] }, "sv")).toBe("6\u00a0919 rader lästa, 1\u00a0234 överhoppade, 2 tomma.");
  });

  it("writes one row in the singular", () => {
    const one: ReadDiagnostics = { ...report, rowsRead: 1, rowsSkipped: 1, emptyRows: 1, problemCount: 1, problems: new Array(1) };
    expect(renderReadCounts(one, "en")).toBe("1 row read, 1 skipped, 1 empty.");
    expect(renderReadCounts(one, "da")).toBe("1 række læst, 1 sprunget over, 1 tom.");
    expect(renderReadCounts(one, "sv")).toBe("1 rad läst, 1 överhoppad, 1 tom.");
  });

  it("names the roles", () => {
    expect(columnRoleName("purchases", "da")).toBe("antal køb");
    expect(columnRoleName("lastPurchase", "sv")).toBe("senaste köpdatum");
  });
});

describe("every message about reading data says what to do", () => {
  /** Every encoding a file is read in; typed so that a new encoding without an entry fails the typecheck. */
  const encodings: Record<TextEncoding, true> = { "utf-8": true, "utf-16le": true, "utf-16be": true, "windows-1252": true };
  /** Per analysis, what it lacks when one fact is missing and when all are. */
  const unsupported: AnalysisSupport[] = (Object.keys(analysisNeeds) as Analysis[]).flatMap((analysis) => [
    ...analysisNeeds[analysis].map((fact): AnalysisSupport => ({ analysis, supported: false, missing: [fact] })),
    { analysis, supported: false, missing: [...analysisNeeds[analysis]] },
  ]);
  const notices: ReadNotice[] = [
    ...Object.values(noticeExamples),
    ...(Object.keys(encodings) as TextEncoding[]).map((encoding): ReadNotice => ({ code: "textEncoding", encoding })),
    { ...noticeExamples.dateOrderAmbiguous, assumed: "mdy" },
    { ...noticeExamples.implausibleAmounts, rows: 1 },
    { ...noticeExamples.fieldsJoined, rows: 1 },
    { ...noticeExamples.columnGuessed, column },
    { ...noticeExamples.decimalSeparatorAmbiguous, example: { row: 7, value: "1,234 kr" } },
  ];
  const errors: PurchaseDataError[] = [
    ...(Object.keys(errorExamples) as PurchaseDataErrorCode[]).map((code) => new PurchaseDataError(code, errorExamples[code])),
    new PurchaseDataError("missingColumns", { missing: ["customer", "date"], headers: [] }),
    new PurchaseDataError("unknownColumn", { role: "amount", given: 7 }),
  ];
  const messages = (language: (typeof supportedLanguages)[number]): [string, string][] => [
    ...(Object.keys(reasonExamples) as RowProblemReason[]).map((reason): [string, string] => [
      `reason ${reason}`,
      renderRowProblem({ row: 7, column, reason, value: reasonExamples[reason] }, language),
    ]),
    ...notices.map((notice): [string, string] => [`notice ${notice.code}`, renderReadNotice(notice, language)]),
    ...errors.map((error): [string, string] => [`error ${error.code}`, renderPurchaseDataError(error, language)]),
    ...unsupported.map((support): [string, string] => [`${support.analysis} without ${support.supported ? "" : support.missing.join(", ")}`, renderAnalysisSupport(support, language) ?? ""]),
  ];

  it.each(supportedLanguages.flatMap((language) => messages(language).map(([what, message]) => [language, what, message] as const)))(
    "%s: %s has an instruction in one or two sentences",
    (language, _what, message) => {
      expect(message).toMatch(instructionPattern(language));
      expect(sentenceCount(message)).toBeLessThanOrEqual(2);
    },
  );

  it("tells a message that only says what is wrong from one that also says what to do", () => {
    expect("Row 7, column 'Kunde': the customer is blank.").not.toMatch(instructionPattern("en"));
    expect("Række 7, kolonne »Beløb«: »abc« er ikke et beløb.").not.toMatch(instructionPattern("da"));
    expect("I kolumn ”Belopp” är 2 belopp över 1 000 gånger det typiska beloppet; kontrollera dem.").not.toMatch(instructionPattern("sv"));
    expect("The file was read as UTF-16 (little-endian).").not.toMatch(instructionPattern("en"));
    expect("Kolonne »Købsbeløb« er brugt som hver kundes samlede beløb.").not.toMatch(instructionPattern("da"));
    expect("Row 7, column 'Kunde': the customer is blank; fill it in or delete the row.").toMatch(instructionPattern("en"));
    expect("I kolonne »Beløb« kan beløb som »1.234« have tre decimaler; de er læst som tusinder. Er det decimaler, så skriv dem med to decimaler, fx 1.23.").toMatch(
      instructionPattern("da"),
    );
    expect("Kolumn ”Datum” har tvåsiffriga årtal. Om det är fel, skriv årtalen med fyra siffror.").toMatch(instructionPattern("sv"));
  });

  it("writes the example of two decimals with the separator of the amounts it is about", () => {
    expect(renderReadNotice(noticeExamples.decimalSeparatorAmbiguous, "en")).toMatch(/write them with two decimals, like 1\.23\.$/);
    expect(renderReadNotice({ ...noticeExamples.decimalSeparatorAmbiguous, example: { row: 7, value: "1,234 kr" } }, "da")).toMatch(/fx 1,23\.$/);
    expect(renderReadNotice({ ...noticeExamples.decimalSeparatorAmbiguous, example: { row: 7, value: "$1,234" } }, "sv")).toMatch(/t\.ex\. 1,23\.$/);
  });
});
