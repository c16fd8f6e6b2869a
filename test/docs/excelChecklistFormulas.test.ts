import * as fs from "fs";
import * as path from "path";
import type { Language } from "../../src/i18n/language";
import { clearFitCache } from "../../src/functions/fitCache";
import { withDisplayLanguage } from "../functions/excelErrors";
import { cdnowImports } from "./cdnowImports";
import { checkIds, checklistTable, codeValues, rowOf, typedRows } from "./checklistTables";
import { clearOfRoundingEdge, decimalsShown, evaluateFormula, functionMetadata, shownValue, type CellValue, type FormulaResult, type SheetValues } from "./worksheetFormula";

/*
 * docs/EXCEL-CHECKLIST.md against the code, for what Excel shows from the manifest, the function metadata and the
 * worksheet functions: every formula of its tables is evaluated as typed in English, Danish and Swedish Excel (see
 * worksheetFormula.ts) on the sheets the checklist has the tester make — `Checks` as its setup table types it, and
 * `cdnowElog` imported both ways it describes (numbers, or every cell as text) — and must show the stated text at the
 * stated precision, clear of a rounding edge.
 */

const languages: Language[] = ["en", "da", "sv"];
const displayTags: Record<Language, string> = { en: "en-US", da: "da-DK", sv: "sv-SE" };
/** The column of each language in the tables with one column per language (after the check and one more). */
const languageColumn: Record<Language, number> = { en: 2, da: 3, sv: 4 };

/** The workbook of section 3.1 with the CDNOW sample imported as `cdnowImport`. */
function checklistSheets(cdnowImport: CellValue[][]): SheetValues {
  return { Checks: typedRows(checklistTable("setup")), cdnowElog: cdnowImport };
}

/** The text a cell shows for `result`, at the precision of `expected`. */
function shown(result: FormulaResult, expected: string, language: Language): string {
  if ("error" in result) return result.error;
  return shownValue(result.value, decimalsShown(expected), language);
}

const formulas = checklistTable("formulas");
const spill = checklistTable("spill F6");

beforeEach(() => clearFitCache());

describe("docs/EXCEL-CHECKLIST.md: its checks", () => {
  it("has exactly the checks that these tests and excelChecklistPane.test.tsx compute, and the themes", () => {
    // P1, P4, F1–F7 here; P2, P3, P5, W1–W12, R1–R4, S1–S3 in the pane's test; T1–T3 and X1–X3 have no value to compute
    // (the pane's themes, the choices, the preview and cancelling are tested in test/taskpane, test/functions and test/e2e).
    const firstRun = ["P1", "P2", "P3", "P4", "P5"];
    const functions = ["F1", "F2", "F3", "F4", "F5", "F6", "F5", "F7"];
    const wizard = ["W1", "W2", "W3", "W4", "W5", "W6", "W7", "W8", "W9", "W10", "W11", "W12"];
    expect(checkIds()).toEqual([...firstRun, ...functions, ...wizard, "R1", "R2", "R3", "R4", "S1", "S2", "S3", "T1", "T2", "T3", "X1", "X2", "X3"]);
  });
});

describe("P1: the ribbon button, from manifest.xml", () => {
  const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
  /** A manifest string's text in `language`: its da-DK or sv-SE override, else its DefaultValue. */
  const manifestString = (id: string, language: Language): string => {
    const element = new RegExp(`<bt:String id="${id.replace(".", "\\.")}" DefaultValue="([^"]*)">([\\s\\S]*?)</bt:String>`).exec(manifest);
    if (!element) throw new Error(`manifest.xml has no string ${id}`);
    if (language === "en") return element[1];
    const override = new RegExp(`<bt:Override Locale="${displayTags[language]}" Value="([^"]*)"/>`).exec(element[2]);
    return override ? override[1] : element[1];
  };

  it.each(languages)("%s", (language) => {
    expect(codeValues(rowOf(checklistTable("first-run"), "P1")[languageColumn[language]])).toEqual([manifestString("Group.Label", language), manifestString("TaskpaneButton.Label", language)]);
  });
});

describe("P4: KV.CLV in Excel's list of functions, from the function metadata", () => {
  it.each(languages)("%s", (language) => {
    const clv = functionMetadata(language).find((entry) => entry.id === "CLV");
    expect(codeValues(rowOf(checklistTable("first-run"), "P4")[languageColumn[language]])).toEqual([`KV.${clv?.name}`, clv?.description]);
  });
});

describe.each(Object.keys(cdnowImports) as Array<keyof typeof cdnowImports>)("the formulas, with CDNOW imported as %s", (cdnowImport) => {
  const sheets = checklistSheets(cdnowImports[cdnowImport]);

  describe.each(languages)("in %s Excel", (language) => {
    const showsColumn = language === "en" ? 5 : 6;

    it.each(formulas.filter(([check]) => check !== "F6").map((row) => [row[0], row] as const))("%s shows its stated value", async (_check, row) => {
      const [expected] = codeValues(row[showsColumn]);
      const result = await evaluateFormula(codeValues(row[languageColumn[language]])[0], language, sheets, "Checks");
      expect(shown(result, expected, language)).toBe(expected);
      if ("value" in result) expect(clearOfRoundingEdge(result.value as number, decimalsShown(expected), 1e-12)).toBe(true);
    });

    it("F6 spills the rows of its table, at the stated precision", async () => {
      const row = rowOf(formulas, "F6");
      expect(row[1]).toBe("D2");
      const result = await evaluateFormula(codeValues(row[languageColumn[language]])[0], language, sheets, "Checks");
      if (!("value" in result)) throw new Error(`F6 gives ${result.error}: ${result.message}`);
      const spilled = result.value as unknown[][];
      expect(spill.map(([sheetRow]) => Number(sheetRow))).toEqual(spilled.map((_, index) => 2 + index));
      spilled.forEach(([label, value], index) => {
        const [, d, english, nordic] = spill[index];
        const expected = codeValues(language === "en" ? english : nordic)[0];
        expect(codeValues(d)).toEqual([label]);
        expect(shownValue(value, decimalsShown(expected), language)).toBe(expected);
        if (typeof value === "number") expect(clearOfRoundingEdge(value, decimalsShown(expected), 1e-7)).toBe(true);
      });
    });

    it("F5's message is the #VALUE! message in the Office language", async () => {
      const result = await withDisplayLanguage(displayTags[language], () => evaluateFormula(codeValues(rowOf(formulas, "F5")[languageColumn[language]])[0], language, sheets, "Checks"));
      const messages = rowOf(checklistTable("messages"), "F5");
      expect(result).toEqual({ error: "#VALUE!", message: codeValues(messages[{ en: 1, da: 2, sv: 3 }[language]])[0] });
    });

    it("F7: F4's cell recalculates after the change", async () => {
      const [, change, cell, english, nordic] = rowOf(checklistTable("recalculation"), "F7");
      const f4 = rowOf(formulas, "F4");
      expect(cell).toBe(f4[1]);
      const changed = { ...sheets, Checks: typedRows([["A2", change]], sheets.Checks as CellValue[][]) };
      const expected = codeValues(language === "en" ? english : nordic)[0];
      expect(shown(await evaluateFormula(codeValues(f4[languageColumn[language]])[0], language, changed, "Checks"), expected, language)).toBe(expected);
    });
  });
});
