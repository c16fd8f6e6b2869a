import { supportedLanguages, resolveLanguage } from "../../src/i18n/language";
import { uiStringKeys, uiText } from "../../src/i18n/uiStrings";

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe("task pane texts", () => {
  it.each(uiStringKeys)("%s exists in every language with the same placeholders", (key) => {
    const english = uiText("en", key, {});
    for (const language of supportedLanguages) {
      const text = uiText(language, key, {});
      expect(text.trim()).not.toBe("");
      expect(placeholders(text)).toEqual(placeholders(english));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(uiText("da", "inserted", { formula: "=KV.AOV(1, 1)", address: "Ark1!A1" })).toBe("=KV.AOV(1, 1) er indsat i Ark1!A1.");
    expect(uiText("en", "noMatches")).toBe("No formula matches “{query}”.");
  });

  it("Danish and Swedish are translated, not copies of English", () => {
    const same = uiStringKeys.filter((key) => key !== "appTitle" && uiText("da", key) === uiText("en", key));
    expect(same).toEqual([]);
    expect(uiStringKeys.filter((key) => uiText("sv", key) === uiText("en", key))).toEqual([]);
  });
});

describe("resolveLanguage", () => {
  it.each([
    ["da-DK", "da"],
    ["da", "da"],
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["SV_se", "sv"],
    ["en-US", "en"],
    ["nb-NO", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%p → %p", (tag, language) => {
    expect(resolveLanguage(tag)).toBe(language);
  });
});
