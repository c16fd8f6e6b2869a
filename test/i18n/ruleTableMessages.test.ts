import { defaultSegmentRules } from "../../src/core/segments/defaultSegmentMap";
import type { RuleRowProblem } from "../../src/core/segments/ruleTableFromRows";
import { validateRuleTable } from "../../src/core/segments/ruleTableValidation";
import { supportedLanguages } from "../../src/i18n/language";
import { renderRuleRowProblem, renderRuleTableReport, segmentIdForLabel } from "../../src/i18n/ruleTableMessages";
import { labelledSegmentIds, segmentLabel } from "../../src/i18n/segmentLabels";

describe("segmentIdForLabel", () => {
  it("finds every segment by its id and by its name in en, da and sv (no name means two segments)", () => {
    for (const id of labelledSegmentIds) {
      expect(segmentIdForLabel(id)).toBe(id);
      for (const language of supportedLanguages) expect(segmentIdForLabel(segmentLabel(language, id).name)).toBe(id);
    }
  });

  it("ignores case, spaces and the apostrophe's style; refuses anything else", () => {
    expect(segmentIdForLabel("  KRÆVER   opmærksomhed ")).toBe("needAttention");
    expect(segmentIdForLabel("need attention")).toBe("needAttention");
    expect(segmentIdForLabel("Can’t lose them")).toBe("cantLoseThem");
    expect(segmentIdForLabel("lojala kunder")).toBe("loyalCustomers");
    expect(segmentIdForLabel("Loyale kunder")).toBe("loyalCustomers");
    expect(segmentIdForLabel("Gold customers")).toBeUndefined();
    expect(segmentIdForLabel("")).toBeUndefined();
  });
});

describe("renderRuleRowProblem", () => {
  const problem = (reason: RuleRowProblem["reason"], extra: Partial<RuleRowProblem> = {}): RuleRowProblem => ({ row: 7, column: 2, reason, ...extra });

  it("words each problem in English with the sheet, row and column letter", () => {
    const en = (p: RuleRowProblem) => renderRuleRowProblem(p, "en", "Segment rules");
    expect(en(problem("outsideOneToFive", { text: "6" }))).toBe("Segment rules, row 7, column B: 6 is outside 1–5.");
    expect(en(problem("notWholeNumber", { text: "3.5" }))).toBe("Segment rules, row 7, column B: 3.5 is not a whole number from 1 to 5.");
    expect(en(problem("blankCell", { column: 4, text: "" }))).toBe("Segment rules, row 7, column D: the score is blank; give a whole number from 1 to 5.");
    expect(en(problem("minAboveMax", { column: 4, text: "3", limit: 2 }))).toBe(
      "Segment rules, row 7, column D: the lowest score 3 is above the highest score 2 (column E).",
    );
    expect(en(problem("unknownSegment", { column: 1, text: "Gold" }))).toBe(
      'Segment rules, row 7, column A: "Gold" is not a segment name; use one of "Champions", "Loyal", "Potential loyalists", "New customers", ' +
        '"Promising", "Need attention", "About to sleep", "At risk", "Can\'t lose them" and "Hibernating".',
    );
    expect(en(problem("unknownSegment", { column: 1, text: "" }))).toBe("Segment rules, row 7, column A: the segment name is blank.");
    expect(en(problem("missingHeader", { row: 2, column: 1 }))).toBe(
      'Segment rules, row 2, column A: the headings "Segment" | "Lowest R score" | "Highest R score" | "Lowest F score" | "Highest F score" are missing here.',
    );
    expect(en(problem("emptyTable", { row: 3, column: 1 }))).toBe("Segment rules, row 3, column A: there are no rules below the headings.");
  });

  it("words them in Danish and Swedish, with a decimal comma", () => {
    expect(renderRuleRowProblem(problem("notWholeNumber", { text: "3.5" }), "da", "Segmentregler")).toBe(
      "Segmentregler, række 7, kolonne B: 3,5 er ikke et helt tal fra 1 til 5.",
    );
    expect(renderRuleRowProblem(problem("outsideOneToFive", { text: "6" }), "sv", "Segmentregler")).toBe("Segmentregler, rad 7, kolumn B: 6 ligger utanför 1–5.");
    expect(renderRuleRowProblem(problem("minAboveMax", { text: "4", limit: 2 }), "da", "Regler")).toBe(
      "Regler, række 7, kolonne B: den laveste score 4 er over den højeste score 2 (kolonne C).",
    );
    expect(renderRuleRowProblem(problem("unknownSegment", { column: 27, text: "Guld" }), "sv", "Regler")).toMatch(
      /^Regler, rad 7, kolumn AA: "Guld" är inte ett segmentnamn; använd ett av "Toppkunder", .* och "I dvala"\.$/,
    );
    expect(renderRuleRowProblem(problem("missingHeader"), "da", "Regler")).toBe(
      'Regler, række 7, kolonne B: overskrifterne "Segment" | "Laveste R-score" | "Højeste R-score" | "Laveste F-score" | "Højeste F-score" mangler her.',
    );
    expect(renderRuleRowProblem(problem("emptyTable"), "sv", "Regler")).toBe("Regler, rad 7, kolumn B: det finns inga regler under rubrikerna.");
  });

  it("has a non-empty message for every reason in every language", () => {
    const reasons: RuleRowProblem["reason"][] = ["unknownSegment", "blankCell", "notWholeNumber", "outsideOneToFive", "minAboveMax", "missingHeader", "emptyTable"];
    for (const language of supportedLanguages) {
      const lines = reasons.map((reason) => renderRuleRowProblem(problem(reason, { text: "x", limit: 1 }), language, "S"));
      expect(new Set(lines).size).toBe(reasons.length);
    }
  });
});

describe("renderRuleTableReport", () => {
  it("says nothing about the default table", () => {
    for (const language of supportedLanguages) expect(renderRuleTableReport(validateRuleTable(defaultSegmentRules), language, "Segment rules")).toEqual([]);
  });

  it("words a gap, an overlap and a rule never used, naming segments and sheet rows, in en, da and sv", () => {
    // Champions widened to R4–5, F1–5 (row 3; New's R5 F1 removed with it): it overlaps Loyal (row 4) on R4 F4–5, and
    // takes every cell of Potential loyalists (row 5, R4–5 F2–3) and Promising (row 7, R4 F1), which are never used.
    const rules = defaultSegmentRules.map((rule) => (rule.segment === "champions" ? { ...rule, rMin: 4, fMin: 1 } : rule)).filter((rule) => rule.segment !== "new");
    const report = validateRuleTable(rules);
    const ruleRows = [3, 4, 5, 7, 8, 9, 10, 11, 12];
    expect(report.gaps).toEqual([]);
    const en = renderRuleTableReport(report, "en", "Segment rules", ruleRows);
    expect(en).toEqual([
      "Segment rules: the rule for Champions (row 3) and the rule for Loyal (row 4) both cover R 4, F 4 and R 4, F 5; only the first is used there.",
      "Segment rules: the rule for Champions (row 3) and the rule for Potential loyalists (row 5) both cover R 4, F 2, R 4, F 3, R 5, F 2 and R 5, F 3; only the first is used there.",
      "Segment rules: the rule for Champions (row 3) and the rule for Promising (row 7) both cover R 4, F 1; only the first is used there.",
      "Segment rules: the rule for Potential loyalists (row 5) is never used: the rule for Champions (row 3) comes first on all its scores.",
      "Segment rules: the rule for Promising (row 7) is never used: the rule for Champions (row 3) comes first on all its scores.",
    ]);
    const da = renderRuleTableReport(report, "da", "Segmentregler", ruleRows);
    expect(da[4]).toBe("Segmentregler: reglen for Lovende kunder (række 7) bruges aldrig: reglen for Topkunder (række 3) kommer først for alle dens scorer.");
    const sv = renderRuleTableReport(report, "sv", "Segmentregler");
    expect(sv[0]).toBe("Segmentregler: regeln för Toppkunder (regel 1) och regeln för Trogna kunder (regel 2) täcker båda R 4, F 4 och R 4, F 5; bara den första används där.");
  });

  it("words gaps, invalid bounds, rules covering nothing, and M cells", () => {
    const report = validateRuleTable([
      { segment: "champions", rMin: 1, rMax: 5, fMin: 1, fMax: 4 },
      { segment: "Gold", rMin: 4, rMax: 2, fMin: 1, fMax: 5, mMin: 5, mMax: 5 },
    ]);
    expect(renderRuleTableReport(report, "en", "S")[0]).toBe("S: the rule for Gold (rule 2) has a lowest score above the highest.");
    expect(renderRuleTableReport(report, "da", "S")).toContain("S: reglen for Gold (regel 2) dækker ingen scorer.");
    const gaps = renderRuleTableReport(validateRuleTable([{ segment: "loyal", rMin: 1, rMax: 5, fMin: 1, fMax: 4 }]), "sv", "S");
    expect(gaps).toEqual(["S: ingen regel täcker R 1, F 5, R 2, F 5, R 3, F 5, R 4, F 5 och R 5, F 5; kunder där skulle inte få något segment."]);
    const withM = validateRuleTable([{ segment: "loyal", rMin: 1, rMax: 5, fMin: 1, fMax: 5, mMin: 1, mMax: 4 }]);
    expect(renderRuleTableReport(withM, "en", "S")[0]).toMatch(/^S: no rule covers R 1, F 1, M 5, R 1, F 2, M 5, .* and R 5, F 5, M 5; customers there would get no segment\.$/);
    const wrongBounds = validateRuleTable([{ segment: "new", rMin: 0.5, rMax: 7, fMin: 1, fMax: 5 }]);
    expect(renderRuleTableReport(wrongBounds, "sv", "S")[0]).toBe("S: regeln för Nya kunder (regel 1) har poäng som inte är heltal och poäng utanför 1–5.");
  });
});
