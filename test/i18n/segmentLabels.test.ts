import { rfmSegmentIds } from "../../src/core/segments/defaultSegmentMap";
import { valueTierIds } from "../../src/core/segments/valueTiers";
import { supportedLanguages } from "../../src/i18n/language";
import { labelledSegmentIds, segmentLabel } from "../../src/i18n/segmentLabels";

describe("segment labels", () => {
  it("label every segment of the default map and every value tier", () => {
    expect(new Set(labelledSegmentIds)).toEqual(new Set([...rfmSegmentIds, ...valueTierIds]));
  });

  it.each(labelledSegmentIds)("%s has a name and a one-line action in every language", (segment) => {
    for (const language of supportedLanguages) {
      const { name, action } = segmentLabel(language, segment);
      expect(name.trim()).not.toBe("");
      expect(action.trim()).toMatch(/\.$/);
      expect(action).not.toMatch(/\n/);
    }
  });

  it("gives distinct names within a language", () => {
    for (const language of supportedLanguages) {
      const names = labelledSegmentIds.map((segment) => segmentLabel(language, segment).name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("translates Danish and Swedish rather than copying English", () => {
    for (const segment of labelledSegmentIds) {
      expect(segmentLabel("da", segment).action).not.toBe(segmentLabel("en", segment).action);
      expect(segmentLabel("sv", segment).action).not.toBe(segmentLabel("en", segment).action);
    }
  });

  it("uses the Danish and Swedish names for loyal customers (Loyale kunder / Lojala kunder)", () => {
    expect(segmentLabel("da", "loyalCustomers").name).toBe("Loyale kunder");
    expect(segmentLabel("sv", "loyalCustomers").name).toBe("Lojala kunder");
    expect(segmentLabel("en", "cantLoseThem").name).toBe("Can't lose them");
  });
});
