import { supportedLanguages } from "../../src/i18n/language";
import { wizardStringKeys, wizardText } from "../../src/i18n/wizardStrings";

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe("wizard texts", () => {
  it.each(wizardStringKeys)("%s exists in every language with the same placeholders", (key) => {
    const english = wizardText("en", key);
    for (const language of supportedLanguages) {
      const text = wizardText(language, key);
      expect(text.trim()).not.toBe("");
      expect(placeholders(text)).toEqual(placeholders(english));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(wizardText("da", "rowCount", { rows: "6.920", columns: "5", range: "Data!A1:E6920" })).toBe("6.920 rækker og 5 kolonner i Data!A1:E6920.");
    expect(wizardText("sv", "stepOf", { number: "2", count: "5" })).toBe("Steg 2 av 5: {name}");
  });

  it("Danish and Swedish are translated, not copies of English", () => {
    // "Data" is the same word in all three languages.
    const same = (language: "da" | "sv") => wizardStringKeys.filter((key) => key !== "stepData" && wizardText(language, key) === wizardText("en", key));
    expect(same("da")).toEqual([]);
    expect(same("sv")).toEqual([]);
  });
});
