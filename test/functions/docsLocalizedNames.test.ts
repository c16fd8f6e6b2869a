import fs from "fs";
import path from "path";
import functionNames from "../../src/i18n/functionNames.json";

/** docs/functions.md lists every function's Danish and Swedish name exactly as the per-locale metadata has it. */
describe("docs/functions.md names in Danish and Swedish", () => {
  const docs = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");
  const section = docs.slice(docs.indexOf("## Names in Danish and Swedish"), docs.indexOf("## How to give the arguments"));
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("| KV."))
    .map((line) => line.split("|").slice(1, 4).map((cell) => cell.trim()));

  it("has one row per translated function, matching src/i18n/functionNames.json", () => {
    const translations = functionNames as Record<string, { da: { name: string }; sv: { name: string } }>;
    expect(rows.map(([english]) => english.slice(3)).sort()).toEqual(Object.keys(translations).sort());
    for (const [english, danish, swedish] of rows) {
      const id = english.slice(3);
      expect(danish).toBe(`KV.${translations[id].da.name}`);
      expect(swedish).toBe(`KV.${translations[id].sv.name}`);
    }
  });
});
