/**
 * manifest.xml checked offline (`office-addin-manifest validate` needs the internet): schema order, resids,
 * string lengths, translations, URLs against the files webpack.config.js emits, icon sizes, the shared runtime,
 * requirement sets, and the functions namespace against the metadata generated from the function sources.
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  checkChildOrder,
  checkFunctionsMetadata,
  customFunctionsRuntimeNeeded,
  checkIconSizes,
  checkRequirementSets,
  checkResids,
  checkSharedRuntime,
  checkStringLengths,
  checkTranslations,
  checkUrls,
  child,
  childPath,
  descendants,
  functionsNamespace,
  manifestIcons,
  manifestUrls,
  parseManifest,
  pngSize,
  resource,
  servedPath,
  versionOverridesHost,
  XmlNode,
} from "./manifestChecks";
import { emittedFiles, productionConfig, REPO_ROOT } from "./emittedFiles";

// webpack.config.js requires this module, which loads the ESM-only `marked`; only file names are needed here.
jest.mock("../../scripts/renderFunctionReference.js", () => ({ renderFunctionReference: (markdown: string) => markdown }));

const { DEV_URL } = require("../../scripts/addinUrls.js") as { DEV_URL: string };
const { checkSupportUrl } = require("../../scripts/checkBuild.js") as { checkSupportUrl: (xml: string, baseUrl: string) => string[] };
const { storePages } = require("../../scripts/storePages.js") as { storePages: () => { file: string }[] };
const { ADDIN_ICON_SIZES, RIBBON_ICON_SIZES, LISTING_LOGO_SIZE, ICON_SIZES, iconFile } = require("../../scripts/icons/iconSizes.js") as {
  ADDIN_ICON_SIZES: Record<string, number>;
  RIBBON_ICON_SIZES: number[];
  LISTING_LOGO_SIZE: number;
  ICON_SIZES: number[];
  iconFile: (size: number) => string;
};
const { localizeMetadata } = require("../../scripts/functionTranslations.js") as {
  localizeMetadata: (metadata: { functions: any[] }, translations: unknown, language: string) => { functions: any[] };
};

/** The languages the add-in speaks besides its default (en-US). */
const TRANSLATED_LOCALES = ["da-DK", "sv-SE"];

/** The file behind a dev-server URL: the build copies assets/ as they are, so it is the repository's file. */
function readServedFile(url: string): Buffer | undefined {
  if (!url.startsWith(DEV_URL)) return undefined;
  const file = path.join(REPO_ROOT, servedPath(url, DEV_URL));
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

let manifestText: string;
let manifest: XmlNode;
let emitted: Set<string>;

beforeAll(async () => {
  manifestText = fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");
  manifest = await parseManifest(manifestText);
  emitted = await emittedFiles();
});

describe("manifest.xml", () => {
  it("is an Excel task pane add-in with a GUID id, a four-part version and the Kundeværdi provider", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(manifest, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(manifest, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(manifest, "ProviderName")?.text).toBe("Kundeværdi");
    expect(child(manifest, "DefaultLocale")?.text).toBe("en-US");
    expect(child(manifest, "Hosts")?.children.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(child(manifest, "Permissions")?.text).toBe("ReadWriteDocument");
    expect(child(manifest, "VersionOverrides")?.attributes["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(versionOverridesHost(manifest)?.attributes["xsi:type"]).toBe("Workbook");
  });

  it("orders its elements as the manifest schema's sequences require", () => {
    const host = versionOverridesHost(manifest);
    const customFunctions = descendants(manifest).find((n) => n.attributes["xsi:type"] === "CustomFunctions");
    // Sequences from the OfficeApp (TaskPaneApp) and VersionOverrides 1.0 (task pane) schemas.
    const problems = [
      ...checkChildOrder(manifest, [
        "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
        "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
        "Dictionary", "VersionOverrides", "ExtendedOverrides",
      ]),
      ...checkChildOrder(child(manifest, "VersionOverrides"), ["Description", "Requirements", "Hosts", "Resources"]),
      ...checkChildOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]),
      ...checkChildOrder(customFunctions, ["Script", "Page", "Metadata", "Namespace"]),
      ...checkChildOrder(child(host, "DesktopFormFactor"), ["GetStarted", "FunctionFile", "ExtensionPoint"]),
      ...checkChildOrder(childPath(manifest, "VersionOverrides", "Resources"), ["Images", "Urls", "ShortStrings", "LongStrings"]),
    ];
    expect(problems).toEqual([]);
  });

  it("defines every resid once, in the collection its element needs, and uses every resource", () => {
    expect(checkResids(manifest)).toEqual([]);
  });

  it("keeps every string and translation within the schema's lengths", () => {
    expect(checkStringLengths(manifest)).toEqual([]);
  });

  it("translates the name, the description and every ribbon and Get Started string into Danish and Swedish", () => {
    expect(checkTranslations(manifest, TRANSLATED_LOCALES)).toEqual([]);
    expect(child(manifest, "DisplayName")?.attributes.DefaultValue).toBe("Kundeværdi");
    const swedishName = child(manifest, "DisplayName")?.children.find((o) => o.attributes.Locale === "sv-SE");
    expect(swedishName?.attributes.Value).toBe("Kundvärde");
  });

  it("serves every URL over https from the dev server, each naming a file the build emits", () => {
    const urls = manifestUrls(manifest);
    expect(urls.map((u) => u.where)).toEqual(expect.arrayContaining(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "DefaultSettings/SourceLocation"]));
    expect(checkUrls(urls, DEV_URL, emitted)).toEqual([]);
  });

  it("derives the emitted files from webpack.config.js (the pages, scripts, metadata in every language and every icon)", () => {
    expect([...emitted]).toEqual(
      expect.arrayContaining([
        "taskpane.html", "functions.js", "taskpane.js", "functions.json", "functions.da.json", "functions.sv.json",
        "functions.html", "manifest.xml", "assets/icon-16.png",
        "support.html", "support.da.html", "support.sv.html", "privacy.html", "privacy.da.html", "privacy.sv.html",
      ]),
    );
    expect(storePages().map(({ file }) => file).filter((file) => !emitted.has(file))).toEqual([]);
  });

  it("points SupportUrl at the support page, in Danish and Swedish for da-DK and sv-SE, each emitted by the build", () => {
    expect(checkSupportUrl(manifestText, DEV_URL)).toEqual([]);
    const supportUrls = manifestUrls(manifest).filter((u) => u.where.startsWith("SupportUrl"));
    expect(supportUrls.map((u) => servedPath(u.url, DEV_URL))).toEqual(["support.html", "support.da.html", "support.sv.html"]);
    for (const { url } of supportUrls) expect(emitted.has(servedPath(url, DEV_URL))).toBe(true);
  });

  it("serves Danish and Swedish Excel their own functions metadata (Override Locale of the metadata URL), each emitted by the build", () => {
    const metadataResid = childPath(descendants(manifest).find((n) => n.name === "Metadata"), "SourceLocation")?.attributes.resid;
    const metadata = resource(manifest, metadataResid);
    expect(metadata?.defaultValue).toBe(`${DEV_URL}functions.json`);
    expect(metadata?.overrides).toEqual({ "da-DK": `${DEV_URL}functions.da.json`, "sv-SE": `${DEV_URL}functions.sv.json` });
    for (const url of Object.values(metadata?.overrides ?? {})) expect(emitted.has(servedPath(url, DEV_URL))).toBe(true);
  });

  it("gives the ribbon group and button every image size the schema allows, and icons of exactly the size it declares", () => {
    // Icon element: 16, 32 and 80 px required, 20, 24, 40, 48 and 64 px supported (iconSizes.js).
    expect(RIBBON_ICON_SIZES).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
    const iconLists = descendants(manifest).filter((n) => n.name === "Icon");
    expect(iconLists.map((icon) => icon.children.map((image) => Number(image.attributes.size)))).toEqual([RIBBON_ICON_SIZES, RIBBON_ICON_SIZES]);
    const icons = manifestIcons(manifest);
    expect(icons.filter((i) => i.where in ADDIN_ICON_SIZES).map((i) => [i.where, i.size])).toEqual([["IconUrl", 32], ["HighResolutionIconUrl", 64]]);
    expect(icons).toHaveLength(2 + 2 * RIBBON_ICON_SIZES.length);
    expect(checkIconSizes(icons, readServedFile)).toEqual([]);
  });

  it("ships every icon size rasterized from icon.svg, the 300 px listing logo too, each square and the size in its name", () => {
    expect(ICON_SIZES).toEqual(expect.arrayContaining([...RIBBON_ICON_SIZES, ...Object.values(ADDIN_ICON_SIZES), LISTING_LOGO_SIZE]));
    expect(LISTING_LOGO_SIZE).toBe(300);
    for (const size of ICON_SIZES) {
      expect([iconFile(size), pngSize(fs.readFileSync(path.join(REPO_ROOT, iconFile(size))))]).toEqual([iconFile(size), { width: size, height: size }]);
    }
  });

  it("hosts the functions, the function file and the task pane in one long-lived shared runtime", () => {
    expect(checkSharedRuntime(manifest)).toEqual([]);
  });

  it("requires the shared runtime, CustomFunctions.Error and the ranges' addresses (CustomFunctionsRuntime 1.3) and the Excel API", () => {
    expect(checkRequirementSets(manifest, { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3", ExcelApi: "1.8" })).toEqual([]);
  });

  it("names the functions namespace KV in every language", () => {
    expect(functionsNamespace(manifest)).toEqual({ defaultValue: "KV", overrides: {} });
  });
});

describe("functions metadata generated from the sources webpack builds", () => {
  it("agrees with the manifest in every language: valid upper-case ids, valid names, no repeated namespace, help on functions.html", async () => {
    const config = await productionConfig();
    const sources = (config.entry.functions as string[]).map((source) => path.resolve(REPO_ROOT, source));
    const missing = sources.filter((source) => !fs.existsSync(source));
    expect(missing).toEqual([]);

    const result = await generateCustomFunctionsMetadata(sources, true);
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson);
    expect(checkRequirementSets(manifest, { CustomFunctionsRuntime: customFunctionsRuntimeNeeded(metadata.functions) })).toEqual([]);
    const namespace = functionsNamespace(manifest).defaultValue ?? "";
    expect(checkFunctionsMetadata(metadata.functions, namespace, DEV_URL)).toEqual([]);
    const translations = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "src/i18n/functionNames.json"), "utf8"));
    for (const language of ["da", "sv"]) {
      expect(checkFunctionsMetadata(localizeMetadata(metadata, translations, language).functions, namespace, DEV_URL)).toEqual([]);
    }
  });
});
