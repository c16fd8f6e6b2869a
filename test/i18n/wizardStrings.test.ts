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
    expect(wizardText("da", "rowsMany", { count: "6.920" })).toBe("6.920 rækker");
    expect(wizardText("sv", "stepOf", { number: "2", count: "5" })).toBe("Steg 2 av 5: {name}");
  });

  it("the new customers are those expected over the CLV horizon, not over an unnamed period", () => {
    expect(wizardText("en", "newCustomersHint")).toMatch(/^New customers you expect over the CLV horizon;/);
    expect(wizardText("da", "newCustomersHint")).toMatch(/^Nye kunder, I forventer i CLV-horisonten;/);
    expect(wizardText("sv", "newCustomersHint")).toMatch(/^Nya kunder ni räknar med under CLV-horisonten;/);
  });

  it("uses the reviewed wording", () => {
    expect(wizardText("en", "dateOrderNotNeeded")).toBe("Date order: not needed — every date reads the same either way.");
    expect(wizardText("en", "figureEquityRange", { low: "1", high: "2" })).toBe("80% range: 1 to 2");
    expect(wizardText("en", "shareSafe")).toBe("Replace KV formulas with values…");
    expect(wizardText("da", "progressLabel")).toBe("Status");
    expect(wizardText("da", "sheetsHeading")).toBe("Oprettede ark");
    expect(wizardText("sv", "sheetsHeading")).toBe("Skapade blad");
    expect(wizardText("da", "wizardOutsideExcel")).toMatch(/^Åbn opgaveruden fra Excel/);
  });

  it("Danish and Swedish are translated, not copies of English", () => {
    // "Data" is the same word in all three languages.
    const same = (language: "da" | "sv") => wizardStringKeys.filter((key) => key !== "stepData" && wizardText(language, key) === wizardText("en", key));
    expect(same("da")).toEqual([]);
    expect(same("sv")).toEqual([]);
  });
});
