/**
 * Offline checks of an add-in only (XML) manifest, as small pure functions over a parsed tree. Each check
 * returns the problems it found (empty = fine), so a test can assert `toEqual([])` and show every problem,
 * and the negative tests can feed it a broken copy of the manifest.
 *
 * Parsing uses xml2js directly: `readManifestFile` from office-addin-manifest cannot be imported under jest
 * (its dependency @microsoft/app-manifest loads the ESM-only strip-bom: "Must use import to load ES Module"),
 * and it only returns a few top-level fields anyway, not the tree these checks need.
 */
import { parseStringPromise } from "xml2js";

/** A1-style (A1 … XFD1048576) or R1C1-style cell reference: the rule the build applies to translated names. */
const { isCellReference } = require("../../scripts/functionTranslations.js") as { isCellReference: (name: string) => boolean };

/** An XML element: local name (no `bt:` prefix), attributes, child elements in document order, text. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** The shape xml2js produces with `explicitChildren` and `preserveChildrenOrder`. */
interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  $$?: RawNode[];
  _?: string;
}

const localName = (qualifiedName: string) => qualifiedName.slice(qualifiedName.indexOf(":") + 1);

function toNode(raw: RawNode): XmlNode {
  return {
    name: localName(raw["#name"]),
    attributes: raw.$ ?? {},
    children: (raw.$$ ?? []).map(toNode),
    text: (raw._ ?? "").trim(),
  };
}

/** Parses manifest XML text into the root `OfficeApp` node. */
export async function parseManifest(xml: string): Promise<XmlNode> {
  const parsed = await parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: false });
  return toNode(parsed as RawNode);
}

/** Every element below `node` (depth first, document order). */
export function descendants(node: XmlNode): XmlNode[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

/** The first direct child called `name`. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** The element reached by following direct children by name, e.g. `childPath(root, "VersionOverrides", "Resources")`. */
export function childPath(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  return names.reduce<XmlNode | undefined>((current, name) => child(current, name), node);
}

/** The resource collections in `Resources`, by the kind of thing a `resid` can point at. */
export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** Which collection a `resid` on each element must point into (from the VersionOverrides 1.0 schema). */
const RESID_KIND_BY_ELEMENT: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
  Tooltip: "LongStrings",
};

/** Maximum lengths from the manifest schema (ShortString 125, LongString 250; a resid at most 32). */
export const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250, resid: 32 } as const;

/** A resource defined in `Resources`: its kind, default value and locale overrides. */
export interface Resource {
  id: string;
  kind: ResourceKind;
  defaultValue: string;
  overrides: Record<string, string>;
}

/** Locale → value of the `Override` children of an element (the manifest's localized values). */
function overridesOf(node: XmlNode | undefined): Record<string, string> {
  return Object.fromEntries(
    (node?.children ?? []).filter((c) => c.name === "Override").map((o) => [o.attributes.Locale, o.attributes.Value]),
  );
}

/** All resources defined in `VersionOverrides/Resources`, in document order (duplicates kept, so they can be reported). */
export function resources(root: XmlNode): Resource[] {
  const resourcesNode = childPath(root, "VersionOverrides", "Resources");
  return RESOURCE_KINDS.flatMap((kind) =>
    (child(resourcesNode, kind)?.children ?? []).map((item) => ({
      id: item.attributes.id,
      kind,
      defaultValue: item.attributes.DefaultValue,
      overrides: overridesOf(item),
    })),
  );
}

/** Looks a resource up by id. */
export function resource(root: XmlNode, id: string | undefined): Resource | undefined {
  return resources(root).find((r) => r.id === id);
}

/**
 * Every `resid` is defined exactly once, in the collection its element needs (an icon in Images, a page in
 * Urls, a label in ShortStrings, a tooltip in LongStrings), and every defined resource is used.
 */
export function checkResids(root: XmlNode): string[] {
  const problems: string[] = [];
  const defined = resources(root);
  const used = new Set<string>();
  const ids = defined.map((r) => r.id);
  for (const id of new Set(ids)) {
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`resource "${id}" is defined more than once`);
    if (id.length > MAX_LENGTH.resid) problems.push(`resource id "${id}" is longer than ${MAX_LENGTH.resid} characters`);
  }
  for (const node of descendants(root).filter((n) => n.attributes.resid !== undefined)) {
    const resid = node.attributes.resid;
    used.add(resid);
    const expected = RESID_KIND_BY_ELEMENT[node.name];
    const target = defined.find((r) => r.id === resid);
    if (!expected) problems.push(`<${node.name} resid="${resid}">: no rule for which resource kind this element needs`);
    else if (!target) problems.push(`<${node.name} resid="${resid}">: resid is not defined in Resources`);
    else if (target.kind !== expected) problems.push(`<${node.name} resid="${resid}">: points at ${target.kind}, needs ${expected}`);
  }
  for (const r of defined) if (!used.has(r.id)) problems.push(`resource "${r.id}" (${r.kind}) is never used`);
  return problems;
}

/** Strings fit the schema: ShortStrings and DisplayName ≤ 125 characters, LongStrings and Description ≤ 250, overrides too. */
export function checkStringLengths(root: XmlNode): string[] {
  const problems: string[] = [];
  const check = (where: string, value: string | undefined, max: number) => {
    if (!value) problems.push(`${where} is empty`);
    else if ([...value].length > max) problems.push(`${where} has ${[...value].length} characters, more than ${max}`);
  };
  const checkLocalized = (where: string, defaultValue: string | undefined, overrides: Record<string, string>, max: number) => {
    check(where, defaultValue, max);
    for (const [locale, value] of Object.entries(overrides)) check(`${where} (${locale})`, value, max);
  };
  for (const [name, max] of [["DisplayName", MAX_LENGTH.ShortStrings], ["Description", MAX_LENGTH.LongStrings]] as const) {
    const node = child(root, name);
    if (node) checkLocalized(name, node.attributes.DefaultValue, overridesOf(node), max);
  }
  for (const r of resources(root)) {
    if (r.kind === "ShortStrings" || r.kind === "LongStrings") checkLocalized(`string "${r.id}"`, r.defaultValue, r.overrides, MAX_LENGTH[r.kind]);
  }
  return problems;
}

/** A URL written in the manifest and where it is written. */
export interface ManifestUrl {
  where: string;
  url: string;
}

/**
 * Every URL in the manifest: IconUrl, HighResolutionIconUrl, SupportUrl and DefaultSettings/SourceLocation
 * (default and overrides), AppDomain, and each bt:Url and bt:Image resource (default and overrides).
 */
export function manifestUrls(root: XmlNode): ManifestUrl[] {
  const urls: ManifestUrl[] = [];
  const add = (where: string, node: XmlNode | undefined) => {
    if (!node) return;
    if (node.attributes.DefaultValue !== undefined) urls.push({ where, url: node.attributes.DefaultValue });
    for (const [locale, value] of Object.entries(overridesOf(node))) urls.push({ where: `${where} (${locale})`, url: value });
  };
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) add(name, child(root, name));
  add("DefaultSettings/SourceLocation", childPath(root, "DefaultSettings", "SourceLocation"));
  for (const domain of child(root, "AppDomains")?.children ?? []) urls.push({ where: "AppDomain", url: domain.text });
  for (const r of resources(root).filter((x) => x.kind === "Urls" || x.kind === "Images")) {
    urls.push({ where: `resource "${r.id}"`, url: r.defaultValue });
    for (const [locale, value] of Object.entries(r.overrides)) urls.push({ where: `resource "${r.id}" (${locale})`, url: value });
  }
  return urls;
}

/** The file a URL under `baseUrl` names, relative to the served folder (query and fragment dropped). */
export function servedPath(url: string, baseUrl: string): string {
  return decodeURIComponent(url.slice(baseUrl.length).replace(/[?#].*$/, ""));
}

/**
 * Every URL is https, under `baseUrl` (the dev server), and names a file the build emits. An AppDomain is an
 * origin, not a file: it must be https and is not looked up.
 */
export function checkUrls(urls: ManifestUrl[], baseUrl: string, emittedFiles: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const { where, url } of urls) {
    if (!/^https:\/\//.test(url)) problems.push(`${where}: "${url}" is not https`);
    else if (where === "AppDomain") continue;
    else if (!url.startsWith(baseUrl)) problems.push(`${where}: "${url}" is not under ${baseUrl}`);
    else if (!emittedFiles.has(servedPath(url, baseUrl))) problems.push(`${where}: "${url}" names no file the build emits`);
  }
  return problems;
}

/** An icon the manifest shows, the size it declares for it, and its URL. */
export interface ManifestIcon {
  where: string;
  size: number;
  url: string;
}

/** IconUrl (32 px), HighResolutionIconUrl (64 px) and every `<bt:Image size=… resid=…>` reference, resolved to its URL. */
export function manifestIcons(root: XmlNode): ManifestIcon[] {
  const icons: ManifestIcon[] = [];
  for (const [name, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
    const url = child(root, name)?.attributes.DefaultValue;
    if (url) icons.push({ where: name, size, url });
  }
  for (const node of descendants(root).filter((n) => n.name === "Image" && n.attributes.resid !== undefined)) {
    const url = resource(root, node.attributes.resid)?.defaultValue;
    if (url) icons.push({ where: `<bt:Image size="${node.attributes.size}" resid="${node.attributes.resid}">`, size: Number(node.attributes.size), url });
  }
  return icons;
}

/** Pixel size of a PNG, read from its header: the build check's own reader (scripts/icons/pngSize.js). */
export const { pngSize } = require("../../scripts/icons/pngSize.js") as { pngSize: (png: Buffer) => { width: number; height: number } };

/** Every icon is a square PNG of the size the manifest declares; `readIcon` returns the file's bytes for a URL. */
export function checkIconSizes(icons: ManifestIcon[], readIcon: (url: string) => Buffer | undefined): string[] {
  const problems: string[] = [];
  for (const { where, size, url } of icons) {
    const bytes = readIcon(url);
    if (!bytes) {
      problems.push(`${where}: ${url} does not exist`);
      continue;
    }
    try {
      const { width, height } = pngSize(bytes);
      if (width !== size || height !== size) problems.push(`${where}: ${url} is ${width}×${height} px, needs ${size}×${size}`);
    } catch (error) {
      problems.push(`${where}: ${url} is ${(error as Error).message}`);
    }
  }
  return problems;
}

/** The Host element of VersionOverrides (the one with the ribbon, the functions and the runtime). */
export function versionOverridesHost(root: XmlNode): XmlNode | undefined {
  return childPath(root, "VersionOverrides", "Hosts", "Host");
}

/**
 * One shared runtime: `Runtimes` is the first child of Host with a single long-lived Runtime, and the custom
 * functions page, the function file and every task pane button load that same resid. Excel starts a separate
 * runtime for any part whose resid differs.
 */
export function checkSharedRuntime(root: XmlNode): string[] {
  const problems: string[] = [];
  const host = versionOverridesHost(root);
  if (!host) return ["VersionOverrides has no Hosts/Host"];
  if (host.children[0]?.name !== "Runtimes") problems.push(`Runtimes must be the first child of Host (found ${host.children[0]?.name ?? "nothing"})`);
  const runtimes = child(host, "Runtimes")?.children.filter((c) => c.name === "Runtime") ?? [];
  if (runtimes.length !== 1) return [...problems, `Host needs exactly one Runtime (found ${runtimes.length})`];
  const { resid, lifetime } = runtimes[0].attributes;
  if (lifetime !== "long") problems.push(`Runtime lifetime is "${lifetime ?? "short (default)"}", needs "long"`);
  const customFunctions = descendants(host).find((n) => n.name === "ExtensionPoint" && n.attributes["xsi:type"] === "CustomFunctions");
  const parts: [string, string | undefined][] = [
    ["CustomFunctions Page", childPath(customFunctions, "Page", "SourceLocation")?.attributes.resid],
    ["FunctionFile", child(child(host, "DesktopFormFactor"), "FunctionFile")?.attributes.resid],
  ];
  const taskpaneActions = descendants(host).filter((n) => n.name === "Action" && n.attributes["xsi:type"] === "ShowTaskpane");
  if (taskpaneActions.length === 0) problems.push("no button opens the task pane (Action ShowTaskpane)");
  for (const action of taskpaneActions) parts.push(["ShowTaskpane action", child(action, "SourceLocation")?.attributes.resid]);
  for (const [part, partResid] of parts) {
    if (partResid !== resid) problems.push(`${part} uses resid "${partResid}", the shared Runtime uses "${resid}"`);
  }
  return problems;
}

/** Compares dotted versions numerically ("1.10" > "1.2"). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return 0;
}

/** Requirement set name → minimum version, from the top-level `Requirements/Sets` (DefaultMinVersion when a Set gives none). */
export function requirementSets(root: XmlNode): Record<string, string> {
  const sets = childPath(root, "Requirements", "Sets");
  return Object.fromEntries(
    (sets?.children ?? []).map((set) => [set.attributes.Name, set.attributes.MinVersion ?? sets?.attributes.DefaultMinVersion ?? "1.1"]),
  );
}

/** The top-level requirements include each of `minimum` (name → version) at that version or later. */
export function checkRequirementSets(root: XmlNode, minimum: Record<string, string>): string[] {
  const declared = requirementSets(root);
  return Object.entries(minimum).flatMap(([name, version]) => {
    if (declared[name] === undefined) return [`requirement set ${name} is not declared (needs ≥ ${version})`];
    if (compareVersions(declared[name], version) < 0) return [`requirement set ${name} ${declared[name]} is below ${version}`];
    return [];
  });
}

/** A function's metadata options that need a CustomFunctionsRuntime version beyond the base. */
export interface FunctionOptions {
  options?: Record<string, boolean | undefined>;
}

/**
 * The CustomFunctionsRuntime version the functions need: 1.2 for CustomFunctions.Error with a message (every
 * function's errors), 1.3 when one asks for its ranges' addresses (requiresParameterAddresses).
 */
export function customFunctionsRuntimeNeeded(functions: FunctionOptions[]): string {
  return functions.some((f) => f.options?.requiresParameterAddresses) ? "1.3" : "1.2";
}

/** The custom-functions namespace (the `KV` in `=KV.CLV`) in every locale: default value and overrides. */
export function functionsNamespace(root: XmlNode): { defaultValue?: string; overrides: Record<string, string> } {
  const namespace = descendants(root).find((n) => n.name === "Namespace");
  const r = resource(root, namespace?.attributes.resid);
  return { defaultValue: r?.defaultValue, overrides: r?.overrides ?? {} };
}

/**
 * DisplayName, Description and every ribbon / Get Started string have a translation for each locale. The
 * functions namespace is exempt: it is part of every formula, so it stays the same in all languages.
 */
export function checkTranslations(root: XmlNode, locales: string[]): string[] {
  const problems: string[] = [];
  const namespaceResid = descendants(root).find((n) => n.name === "Namespace")?.attributes.resid;
  const localized: [string, Record<string, string>][] = [
    ["DisplayName", overridesOf(child(root, "DisplayName"))],
    ["Description", overridesOf(child(root, "Description"))],
    ...resources(root)
      .filter((r) => (r.kind === "ShortStrings" || r.kind === "LongStrings") && r.id !== namespaceResid)
      .map((r): [string, Record<string, string>] => [`string "${r.id}"`, r.overrides]),
  ];
  for (const [where, overrides] of localized) {
    for (const locale of locales) if (!overrides[locale]) problems.push(`${where} has no ${locale} translation`);
  }
  return problems;
}

/**
 * The children of `node` appear in the order the schema's sequence gives (`order`), and none is unknown.
 * Only the relative order is checked: optional elements may be missing.
 */
export function checkChildOrder(node: XmlNode | undefined, order: string[]): string[] {
  if (!node) return ["element is missing"];
  const problems: string[] = [];
  let last = -1;
  for (const c of node.children) {
    const index = order.indexOf(c.name);
    if (index < 0) problems.push(`<${node.name}> has <${c.name}>, which is not in the schema order list (${order.join(", ")})`);
    else if (index < last) problems.push(`<${node.name}>: <${c.name}> must come before <${order[last]}>`);
    else last = index;
  }
  return problems;
}

/** The parts of a custom function's metadata (functions.json) that the checks below read. */
export interface FunctionMetadata {
  id: string;
  name: string;
  helpUrl?: string;
}

/**
 * The generated functions metadata agrees with the manifest: ids are upper case (A–Z, 0–9, _ and .), names
 * start with a letter and use letters, digits, _ and . (both at least 3 characters, not a cell reference),
 * neither repeats the namespace (Excel adds it: `KV.KV.CLV`), both are unique, and each help URL is
 * `<baseUrl>functions.html#<namespace>.<id>` in lower case, the anchor functions.html gives each heading.
 * Naming rules: Microsoft, "Custom functions naming and localization".
 */
export function checkFunctionsMetadata(functions: FunctionMetadata[], namespace: string, baseUrl: string): string[] {
  const problems: string[] = [];
  if (functions.length === 0) problems.push("the metadata has no functions");
  const prefix = `${namespace.toUpperCase()}.`;
  for (const { id, name, helpUrl } of functions) {
    if (!/^[A-Z][A-Z0-9_.]{2,}$/.test(id)) problems.push(`id "${id}": needs A–Z, 0–9, _ or . only, a letter first, 3+ characters`);
    if (!/^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(name)) problems.push(`name "${name}" (${id}): needs letters, digits, _ or . only, a letter first, 3+ characters`);
    for (const [what, value] of [["id", id], ["name", name]]) {
      if (value.toUpperCase().startsWith(prefix)) problems.push(`${what} "${value}" repeats the namespace; Excel adds "${prefix}" itself`);
      if (isCellReference(value)) problems.push(`${what} "${value}" is a cell reference`);
    }
    const expectedHelpUrl = `${baseUrl}functions.html#${namespace.toLowerCase()}.${id.toLowerCase()}`;
    if (helpUrl !== expectedHelpUrl) problems.push(`${id}: helpUrl is "${helpUrl ?? "(none)"}", expected "${expectedHelpUrl}"`);
  }
  for (const key of ["id", "name"] as const) {
    const values = functions.map((f) => f[key].toUpperCase());
    for (const value of new Set(values)) if (values.indexOf(value) !== values.lastIndexOf(value)) problems.push(`${key} "${value}" is used by more than one function`);
  }
  return problems;
}
