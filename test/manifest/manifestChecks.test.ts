/**
 * The manifest checks catch what they are meant to: each test breaks a copy of the real manifest.xml in one
 * way and expects the check to name the problem. Without these, a check that always returned [] would pass.
 */
import fs from "fs";
import path from "path";
import {
  checkChildOrder,
  checkFunctionsMetadata,
  checkIconSizes,
  checkRequirementSets,
  checkResids,
  checkSharedRuntime,
  checkStringLengths,
  checkTranslations,
  checkUrls,
  compareVersions,
  customFunctionsRuntimeNeeded,
  manifestIcons,
  manifestUrls,
  parseManifest,
  pngSize,
  XmlNode,
} from "./manifestChecks";

const { ICON_SIZES, iconFile } = require("../../scripts/icons/iconSizes.js") as { ICON_SIZES: number[]; iconFile: (size: number) => string };
const { storePages } = require("../../scripts/storePages.js") as { storePages: () => { file: string }[] };

const DEV_URL = "https://localhost:3000/";
const manifestText = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

/** The real manifest with `from` replaced by `to`; fails if `from` is not there, so a test can't silently test nothing. */
async function brokenManifest(from: string, to: string): Promise<XmlNode> {
  expect(manifestText).toContain(from);
  return parseManifest(manifestText.replace(from, to));
}

/** The files a build emits (the real list comes from webpack.config.js in manifest.test.ts). */
const EMITTED = new Set([
  "taskpane.html",
  "functions.js",
  "functions.json",
  "functions.da.json",
  "functions.sv.json",
  "functions.html",
  ...storePages().map(({ file }) => file),
  ...ICON_SIZES.map(iconFile),
]);

/** A fake PNG header of the given size, enough for pngSize. */
function png(size: number): Buffer {
  const bytes = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.write("IHDR", 12, "ascii");
  bytes.writeUInt32BE(size, 16);
  bytes.writeUInt32BE(size, 20);
  return bytes;
}

/** Icons as the repository has them: assets/icon-<n>.png is n×n. */
const readIcon = (url: string) => {
  const match = /icon-(\d+)\.png$/.exec(url);
  return match ? png(Number(match[1])) : undefined;
};

describe("checkResids", () => {
  it("reports a resid that Resources does not define, and the resource left unused", async () => {
    const manifest = await brokenManifest('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>');
    expect(checkResids(manifest)).toEqual([
      '<Label resid="Group.Lable">: resid is not defined in Resources',
      'resource "Group.Label" (ShortStrings) is never used',
    ]);
  });

  it("reports a resid of the wrong kind (a tooltip pointing at a short string)", async () => {
    const manifest = await brokenManifest('<Description resid="TaskpaneButton.Tooltip"/>', '<Description resid="TaskpaneButton.Label"/>');
    expect(checkResids(manifest)).toEqual([
      '<Description resid="TaskpaneButton.Label">: points at ShortStrings, needs LongStrings',
      'resource "TaskpaneButton.Tooltip" (LongStrings) is never used',
    ]);
  });

  it("reports a resource defined twice", async () => {
    const duplicate = '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>';
    const manifest = await brokenManifest(duplicate, duplicate + duplicate);
    expect(checkResids(manifest)).toEqual(['resource "Taskpane.Url" is defined more than once']);
  });
});

describe("checkUrls", () => {
  it("reports an http URL", async () => {
    const manifest = await brokenManifest('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"');
    expect(checkUrls(manifestUrls(manifest), DEV_URL, EMITTED)).toEqual(['resource "Functions.Script.Url": "http://localhost:3000/functions.js" is not https']);
  });

  it("reports a URL on another server and one naming a file the build does not emit", async () => {
    const onOtherPort = await brokenManifest('<SupportUrl DefaultValue="https://localhost:3000/', '<SupportUrl DefaultValue="https://localhost:3001/');
    expect(checkUrls(manifestUrls(onOtherPort), DEV_URL, EMITTED)).toEqual([
      'SupportUrl: "https://localhost:3001/support.html" is not under https://localhost:3000/',
    ]);
    const misspelt = await brokenManifest("https://localhost:3000/functions.json", "https://localhost:3000/function.json");
    expect(checkUrls(manifestUrls(misspelt), DEV_URL, EMITTED)).toEqual([
      'resource "Functions.Metadata.Url": "https://localhost:3000/function.json" names no file the build emits',
    ]);
  });
});

describe("checkIconSizes", () => {
  it("reports an icon whose file is not the size the manifest declares", async () => {
    const manifest = await brokenManifest('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>');
    expect(checkIconSizes(manifestIcons(manifest), readIcon)).toEqual(["IconUrl: https://localhost:3000/assets/icon-16.png is 16×16 px, needs 32×32"]);
  });

  it("reports a ribbon image resource pointing at the wrong size", async () => {
    const manifest = await brokenManifest('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"');
    const problems = checkIconSizes(manifestIcons(manifest), readIcon);
    expect(problems).toHaveLength(2); // the group's icon and the button's icon
    expect(problems[0]).toBe('<bt:Image size="80" resid="Icon.80x80">: https://localhost:3000/assets/icon-64.png is 64×64 px, needs 80×80');
  });

  it("reports a missing file and a file that is not a PNG", () => {
    const icons = [{ where: "IconUrl", size: 32, url: "https://localhost:3000/assets/none.png" }];
    expect(checkIconSizes(icons, () => undefined)).toEqual(["IconUrl: https://localhost:3000/assets/none.png does not exist"]);
    expect(checkIconSizes(icons, () => Buffer.from("<svg/>"))).toEqual(["IconUrl: https://localhost:3000/assets/none.png is not a PNG file"]);
  });

  it("reads the size from the PNG header", () => {
    expect(pngSize(png(80))).toEqual({ width: 80, height: 80 });
    expect(() => pngSize(Buffer.from("GIF89a"))).toThrow("not a PNG file");
  });
});

describe("checkSharedRuntime", () => {
  const runtimes = '<Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>';

  it("reports Runtimes when it is not the first child of Host", async () => {
    expect(manifestText).toContain(runtimes);
    const moved = manifestText.replace(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
    const problems = checkSharedRuntime(await parseManifest(moved));
    expect(problems).toEqual(["Runtimes must be the first child of Host (found AllFormFactors)"]);
  });

  it("reports a short-lived runtime", async () => {
    const manifest = await brokenManifest('lifetime="long"', 'lifetime="short"');
    expect(checkSharedRuntime(manifest)).toEqual(['Runtime lifetime is "short", needs "long"']);
  });

  it("reports a functions page loaded from another URL, which would start a second runtime", async () => {
    const manifest = await brokenManifest('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>');
    expect(checkSharedRuntime(manifest)).toEqual(['CustomFunctions Page uses resid "Functions.Script.Url", the shared Runtime uses "Taskpane.Url"']);
  });
});

describe("checkChildOrder", () => {
  it("reports elements out of schema order and elements the schema does not know", async () => {
    const swapped = await parseManifest(manifestText.replace("<Version>1.0.0.0</Version>", "").replace("</ProviderName>", "</ProviderName>\n  <Version>1.0.0.0</Version>"));
    const order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
    expect(checkChildOrder(swapped, order)).toEqual(["<OfficeApp>: <Version> must come before <ProviderName>"]);
    const unknown = await brokenManifest("<Permissions>", "<Permission/><Permissions>");
    expect(checkChildOrder(unknown, order)).toEqual([`<OfficeApp> has <Permission>, which is not in the schema order list (${order.join(", ")})`]);
  });
});

describe("checkRequirementSets", () => {
  it("reports a set below the version the add-in needs, comparing versions as numbers", async () => {
    const manifest = await brokenManifest('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>');
    expect(checkRequirementSets(manifest, { CustomFunctionsRuntime: "1.2", WordApi: "1.1" })).toEqual([
      "requirement set CustomFunctionsRuntime 1.1 is below 1.2",
      "requirement set WordApi is not declared (needs ≥ 1.1)",
    ]);
    expect(compareVersions("1.10", "1.2")).toBeGreaterThan(0);
  });

  it("asks CustomFunctionsRuntime 1.3 of functions that ask for their ranges' addresses, 1.2 (CustomFunctions.Error) otherwise", () => {
    expect(customFunctionsRuntimeNeeded([{}, { options: { requiresAddress: true } }])).toBe("1.2");
    expect(customFunctionsRuntimeNeeded([{}, { options: { requiresParameterAddresses: true } }])).toBe("1.3");
  });
});

describe("checkTranslations and checkStringLengths", () => {
  it("report a string without a Swedish translation and a label over 125 characters", async () => {
    const untranslated = await brokenManifest('\n          <bt:Override Locale="sv-SE" Value="Kom igång med Kundvärde"/>', "");
    expect(checkTranslations(untranslated, ["da-DK", "sv-SE"])).toEqual(['string "GetStarted.Title" has no sv-SE translation']);
    const tooLong = await brokenManifest('Value="Kom igång med Kundvärde"', `Value="${"Kom igång med Kundvärde ".repeat(6)}"`);
    expect(checkStringLengths(tooLong)).toEqual(['string "GetStarted.Title" (sv-SE) has 144 characters, more than 125']);
  });
});

describe("checkFunctionsMetadata", () => {
  const helpUrl = (id: string) => `${DEV_URL}functions.html#kv.${id.toLowerCase()}`;

  it("accepts well-formed functions", () => {
    expect(checkFunctionsMetadata([{ id: "CLV", name: "CLV", helpUrl: helpUrl("CLV") }], "KV", DEV_URL)).toEqual([]);
  });

  it("reports lower-case ids, a repeated namespace, a cell-reference name, duplicates and wrong help URLs", () => {
    const problems = checkFunctionsMetadata(
      [
        { id: "clv", name: "CLV", helpUrl: helpUrl("clv") },
        { id: "KV.NPS", name: "NPS", helpUrl: helpUrl("KV.NPS") },
        { id: "CLV1", name: "CLV1", helpUrl: helpUrl("CLV1") },
        { id: "AOV", name: "CLV", helpUrl: "https://localhost:3000/help.html#kv.aov" },
      ],
      "KV",
      DEV_URL,
    );
    expect(problems).toEqual([
      'id "clv": needs A–Z, 0–9, _ or . only, a letter first, 3+ characters',
      'id "KV.NPS" repeats the namespace; Excel adds "KV." itself',
      'id "CLV1" is a cell reference',
      'name "CLV1" is a cell reference',
      'AOV: helpUrl is "https://localhost:3000/help.html#kv.aov", expected "https://localhost:3000/functions.html#kv.aov"',
      'name "CLV" is used by more than one function',
    ]);
  });

  it("reports metadata without functions", () => {
    expect(checkFunctionsMetadata([], "KV", DEV_URL)).toEqual(["the metadata has no functions"]);
  });
});
