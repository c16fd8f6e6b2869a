/**
 * Every Office.js member a program's own files use at run time, found with the TypeScript type checker: property
 * reads and writes, method calls (by the overload the call resolves to), element accesses by name, destructuring,
 * properties written through `set({ … })` (an `Excel.Interfaces.*UpdateData` literal), and string values passed
 * where an Office enum is expected (`charts.add("Funnel", …)` is `Excel.ChartType.funnel`). Each use carries the
 * requirement sets its declaration's JSDoc names in node_modules/@types/office-js or @types/custom-functions-runtime
 * (scripts/apiSetTags.js) and the `Office.context.requirements.isSetSupported` guards around it. Type-only references
 * (`Excel.Range` as a type, `implements`, the `Excel.Interfaces` load options and JSON shapes) are not uses.
 * @example officeApiUses(createScanProgram(root, { sources: { "src/excel/x.ts": "…" } }), root)
 * // [{ member: "Excel.Range.getSpillingToRange", file: "src/excel/x.ts", line: 4, access: "call", requirements: [{ set: "ExcelApi", version: "1.12", … }], guards: [] }, …]
 */
const path = require("path");
const ts = require("typescript");
const { requirementClauses, requirementsOf } = require("./apiSetTags.js");

/** The declaration files that declare Office.js. */
const OFFICE_TYPES = /[\\/]node_modules[\\/]@types[\\/](?:office-js|custom-functions-runtime|office-runtime)[\\/]/;

/** Parsed declaration and library files by path: they do not change while a process runs, and office-js is 8 MB. */
const libraryFiles = new Map();

/** The project's tsconfig.json, parsed: its compiler options and files. */
function projectConfig(root) {
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root, { noEmit: true }, configPath);
}

/**
 * The files of the project's tsconfig.json under `folders` (relative to `root`), as absolute paths.
 * @example projectFiles("/repo", ["src/excel"]) // ["/repo/src/excel/a1.ts", …]
 */
function projectFiles(root, folders) {
  const inFolder = (file) => folders.some((folder) => !path.relative(path.join(root, folder), file).startsWith(".."));
  return projectConfig(root).fileNames.map((file) => path.resolve(file)).filter(inFolder);
}

/**
 * A program over the project's tsconfig.json options: its files `files` (absolute paths), or the in-memory `sources`
 * (path relative to `root` → text) alone.
 * @example createScanProgram("/repo", { sources: { "src/excel/planted.ts": "export const a = 1;" } })
 */
function createScanProgram(root, { files, sources = {} } = {}) {
  const parsed = projectConfig(root);
  const virtual = new Map(Object.entries(sources).map(([file, text]) => [path.resolve(root, file), text]));
  const host = ts.createCompilerHost(parsed.options, true);
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const resolved = path.resolve(fileName);
    if (virtual.has(resolved)) return ts.createSourceFile(fileName, virtual.get(resolved), languageVersion, true);
    if (!/[\\/]node_modules[\\/]/.test(resolved)) return readSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${resolved}|${JSON.stringify(languageVersion)}`;
    if (!libraryFiles.has(key)) libraryFiles.set(key, readSourceFile(fileName, languageVersion, onError, shouldCreate));
    return libraryFiles.get(key);
  };
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.fileExists = (fileName) => virtual.has(path.resolve(fileName)) || fileExists(fileName);
  host.readFile = (fileName) => virtual.get(path.resolve(fileName)) ?? readFile(fileName);
  return ts.createProgram({ rootNames: files ?? [...virtual.keys()], options: parsed.options, host });
}

const isOffice = (declaration) => OFFICE_TYPES.test(declaration.getSourceFile().fileName);

/** The requirement-set clauses of a declaration's own JSDoc. */
function ownClauses(declaration) {
  const text = declaration.getSourceFile().text;
  return ts
    .getJSDocCommentsAndTags(declaration)
    .filter((doc) => doc.kind === ts.SyntaxKind.JSDoc)
    .flatMap((doc) => requirementClauses(text.slice(doc.pos, doc.end)));
}

/** The nearest class, interface or enum around a declaration (not a namespace). */
function container(declaration) {
  for (let node = declaration.parent; node && !ts.isSourceFile(node) && !ts.isModuleDeclaration(node); node = node.parent) {
    if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node)) return node;
  }
  return undefined;
}

/** A declaration's clauses, else its class's, interface's or enum's (a member with no tag of its own came with them). */
function clausesOf(declaration) {
  const own = ownClauses(declaration);
  const around = own.length === 0 ? container(declaration) : undefined;
  return around ? ownClauses(around) : own;
}

function nameText(name) {
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) ? name.text : name?.getText();
}

/** A declaration's dotted name through its namespaces, classes, interfaces and enums: `Excel.Range.getSpillingToRange`. */
function memberName(declaration) {
  const names = [];
  for (let node = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    const named = ts.isModuleDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node) || ts.isFunctionDeclaration(node);
    if (named || (node === declaration && !ts.isConstructorDeclaration(node))) {
      const name = nameText(ts.getNameOfDeclaration(node));
      if (name !== undefined) names.unshift(name);
    }
  }
  return names.join(".");
}

/** Declared inside a namespace `Interfaces` (`Excel.Interfaces.RangeData`, `…LoadOptions`): shapes of plain objects, not the API. */
function inInterfacesNamespace(declaration) {
  for (let node = declaration.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node) && nameText(node.name) === "Interfaces") return true;
  }
  return false;
}

/** How a property access or element access is used: "call", "write", "readwrite" (`+=`, `++`) or "read". */
function accessOf(node) {
  let outer = node;
  while (ts.isParenthesizedExpression(outer.parent) || ts.isNonNullExpression(outer.parent)) outer = outer.parent;
  const parent = outer.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === outer) return "call";
  if (ts.isBinaryExpression(parent) && parent.left === outer) {
    const operator = parent.operatorToken.kind;
    if (operator === ts.SyntaxKind.EqualsToken) return "write";
    if (operator >= ts.SyntaxKind.FirstCompoundAssignment && operator <= ts.SyntaxKind.LastCompoundAssignment) return "readwrite";
  }
  if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && [ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken].includes(parent.operator)) return "readwrite";
  return "read";
}

/** A property access that only names a type: the name in `implements Excel.X` or an interface's `extends`. */
function isTypeOnly(node) {
  let outer = node;
  while (ts.isPropertyAccessExpression(outer.parent) && outer.parent.expression === outer) outer = outer.parent;
  const parent = outer.parent;
  return (
    ts.isExpressionWithTypeArguments(parent) &&
    ts.isHeritageClause(parent.parent) &&
    (parent.parent.token === ts.SyntaxKind.ImplementsKeyword || ts.isInterfaceDeclaration(parent.parent.parent))
  );
}

/** The constituents of a type (itself unless a union). */
const constituents = (type) => (type.isUnion() ? type.types : [type]);

/** The strings a type can be, when it is string literals only (enum members excluded: those are named where used). */
function stringLiterals(type) {
  const parts = constituents(type);
  const plain = parts.every((t) => t.flags & ts.TypeFlags.StringLiteral && !(t.flags & ts.TypeFlags.EnumLiteral));
  return plain ? parts.map((t) => t.value) : [];
}

/** Where a value is handed to something typed: an argument, an assigned value, a property, variable, array element or returned value. */
function isValuePosition(node) {
  const parent = node.parent;
  if (!parent) return false;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(node)) return true;
  if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent)) && parent.initializer === node) return true;
  if (ts.isReturnStatement(parent) || ts.isArrayLiteralExpression(parent)) return true;
  return ts.isArrowFunction(parent) && parent.body === node;
}

/**
 * The Office.js member uses in the program's root files, each `{ member, file, line, column, access, requirements,
 * guards }`: `file` relative to `root` with "/", `line` from 1, `requirements` what scripts/apiSetTags.js reads from
 * the declaration (empty: no set tag), `guards` the `{ set, version }` of each isSetSupported check the use is
 * behind. Sorted by file, line and column.
 * @example officeApiUses(createScanProgram(root, { files }), root).filter((use) => use.requirements.length === 0) // Office.onReady, …
 */
function officeApiUses(program, root) {
  const checker = program.getTypeChecker();
  const roots = new Set(program.getRootFileNames().map((file) => path.resolve(file)));
  const uses = [];
  const seen = new Set();

  /** The literal string an argument's type is, if it is exactly one. */
  function literalText(node) {
    if (!node) return undefined;
    const type = checker.getTypeAtLocation(node);
    return type.flags & ts.TypeFlags.StringLiteral ? type.value : undefined;
  }

  /** `{ set, version }` when `node` is a call of Office.context.requirements.isSetSupported with literal arguments. */
  function guardOf(node) {
    if (!ts.isCallExpression(node)) return undefined;
    const declaration = checker.getResolvedSignature(node)?.declaration;
    if (!declaration || !isOffice(declaration) || nameText(declaration.name) !== "isSetSupported") return undefined;
    if (!ts.isInterfaceDeclaration(declaration.parent) || declaration.parent.name.text !== "RequirementSetSupport") return undefined;
    const [setArgument, versionArgument] = node.arguments;
    const set = literalText(setArgument);
    // Without a version, only the set's first version (1.1) is sure to be there.
    const version = versionArgument ? literalText(versionArgument) : "1.1";
    return set !== undefined && version !== undefined ? { set, version } : undefined;
  }

  /** The guards that hold when `condition` is `outcome`: `a && b` true, `a || b` false, `!a`, a const holding a check. */
  function guardsWhen(condition, outcome, depth = 0) {
    if (depth > 8) return [];
    const node = ts.skipPartiallyEmittedExpressions(condition);
    if (ts.isParenthesizedExpression(node)) return guardsWhen(node.expression, outcome, depth + 1);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return guardsWhen(node.operand, !outcome, depth + 1);
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if ((operator === ts.SyntaxKind.AmpersandAmpersandToken && outcome) || (operator === ts.SyntaxKind.BarBarToken && !outcome)) {
        return [...guardsWhen(node.left, outcome, depth + 1), ...guardsWhen(node.right, outcome, depth + 1)];
      }
      return [];
    }
    if (!outcome) return [];
    const guard = guardOf(node);
    if (guard) return [guard];
    if (ts.isIdentifier(node)) {
      const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
      const isConst = declaration && ts.isVariableDeclaration(declaration) && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const;
      if (isConst && declaration.initializer) return guardsWhen(declaration.initializer, outcome, depth + 1);
    }
    return [];
  }

  /** Whether control never goes past this statement: return, throw, break, continue, or a block ending in one. */
  function leaves(statement) {
    if (ts.isBlock(statement)) return statement.statements.length > 0 && leaves(statement.statements[statement.statements.length - 1]);
    return ts.isReturnStatement(statement) || ts.isThrowStatement(statement) || ts.isBreakStatement(statement) || ts.isContinueStatement(statement);
  }

  /** The guards `node` is behind: the branch of an if, a conditional or `&&` it is in, or an early exit before it. */
  function guardsAt(node) {
    const guards = [];
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && child !== parent.expression) guards.push(...guardsWhen(parent.expression, child === parent.thenStatement));
      if (ts.isConditionalExpression(parent) && child !== parent.condition) guards.push(...guardsWhen(parent.condition, child === parent.whenTrue));
      if (ts.isBinaryExpression(parent) && child === parent.right) {
        const operator = parent.operatorToken.kind;
        if (operator === ts.SyntaxKind.AmpersandAmpersandToken) guards.push(...guardsWhen(parent.left, true));
        if (operator === ts.SyntaxKind.BarBarToken) guards.push(...guardsWhen(parent.left, false));
      }
      if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isModuleBlock(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (ts.isIfStatement(statement) && !statement.elseStatement && leaves(statement.thenStatement)) guards.push(...guardsWhen(statement.expression, false));
        }
      }
    }
    return guards;
  }

  /** Records a use of `symbol` at `at` (the name's node) by `useNode`, if it is Office.js's. */
  function record(useNode, at, symbol, access, { label = "", interfaces = false } = {}) {
    if (!symbol) return;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    let declarations = (target.declarations ?? []).filter(isOffice);
    if (access === "call") {
      const call = useNode.parent && ts.isCallExpression(useNode.parent) ? useNode.parent : ts.findAncestor(useNode, (n) => ts.isCallExpression(n) || ts.isNewExpression(n));
      const signature = call ? checker.getResolvedSignature(call)?.declaration : undefined;
      if (signature && isOffice(signature)) {
        // `new CustomFunctions.Error(…)`: the class and its constructor; a method: the overload called.
        declarations = ts.isNewExpression(call) ? [...declarations.filter((d) => !ts.isConstructorDeclaration(d)), ...(ownClauses(signature).length > 0 ? [signature] : [])] : [signature];
      }
    }
    if (declarations.length === 0) return;
    if (!interfaces && declarations.every(inInterfacesNamespace)) return;
    const sourceFile = at.getSourceFile();
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(at.getStart(sourceFile));
    const member = memberName(declarations.find((d) => !ts.isConstructorDeclaration(d)) ?? declarations[0]) + label;
    const file = path.relative(root, sourceFile.fileName).split(path.sep).join("/");
    const key = `${file}:${line}:${character}:${member}:${access}`;
    if (seen.has(key)) return;
    seen.add(key);
    const requirements = requirementsOf(declarations.flatMap(clausesOf), access);
    uses.push({ member, file, line: line + 1, column: character + 1, access, requirements, guards: guardsAt(useNode) });
  }

  /** The properties an element access reads by name: `range["values"]`, or a key typed as literal names. */
  function elementAccess(node) {
    const objectType = checker.getApparentType(checker.getTypeAtLocation(node.expression));
    for (const name of stringLiterals(checker.getTypeAtLocation(node.argumentExpression))) {
      record(node, node.argumentExpression, checker.getPropertyOfType(objectType, name), accessOf(node));
    }
  }

  /** The properties `const { workbook } = context` (or a destructured parameter) reads. */
  function bindingPattern(node) {
    const type = checker.getTypeAtLocation(node);
    for (const element of node.elements) {
      const name = nameText(element.propertyName ?? element.name);
      if (element.dotDotDotToken || typeof name !== "string") continue;
      record(element, element.propertyName ?? element.name, checker.getPropertyOfType(type, name), "read");
    }
  }

  /** The properties a `set({ … })` literal writes (its contextual type an `*UpdateData` interface). */
  function updateData(node) {
    const contextual = checker.getContextualType(node);
    const shape = contextual && constituents(contextual).find((t) => (t.symbol?.declarations ?? []).some((d) => ts.isInterfaceDeclaration(d) && isOffice(d) && d.name.text.endsWith("UpdateData")));
    if (!shape) return;
    for (const property of node.properties) {
      const name = nameText(property.name);
      if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && typeof name === "string") {
        record(property, property.name, checker.getPropertyOfType(shape, name), "write", { interfaces: true });
      }
    }
  }

  /** The Office enum members among a type's constituents, by value. */
  function enumMembers(type, members = new Map()) {
    for (const part of constituents(type)) {
      const declaration = part.symbol?.declarations?.[0];
      if (part.flags & ts.TypeFlags.EnumLiteral && part.flags & ts.TypeFlags.StringLiteral && declaration && isOffice(declaration)) members.set(part.value, part.symbol);
    }
    return members;
  }

  /**
   * The Office enum members an argument can name: office-js declares a method twice, with the enum
   * (`add(type: Excel.ChartType, …)`) and with its values as strings (`add(type: "Invalid" | … | "Funnel", …)`).
   */
  function argumentEnumMembers(call, index) {
    const signature = checker.getResolvedSignature(call)?.declaration;
    if (!signature || !isOffice(signature) || !signature.name) return new Map();
    const members = new Map();
    for (const overload of checker.getSymbolAtLocation(signature.name)?.declarations ?? []) {
      const parameter = ts.isFunctionLike(overload) ? overload.parameters[index] : undefined;
      if (parameter) enumMembers(checker.getTypeAtLocation(parameter), members);
    }
    return members;
  }

  /** A string handed where an Office enum is expected: the enum member it stands for (`"Funnel"` → Excel.ChartType.funnel). */
  function enumValues(node) {
    if (!isValuePosition(node)) return;
    const contextual = checker.getContextualType(node);
    const call = node.parent;
    const isArgument = ts.isCallExpression(call) || ts.isNewExpression(call);
    const members = isArgument ? argumentEnumMembers(call, call.arguments.indexOf(node)) : contextual ? enumMembers(contextual) : new Map();
    if (members.size === 0) return;
    for (const value of stringLiterals(checker.getTypeAtLocation(node))) {
      if (members.has(value)) record(node, node, members.get(value), "value", { label: ` ("${value}")` });
    }
  }

  function visit(node) {
    if (ts.isPropertyAccessExpression(node) && !isTypeOnly(node)) record(node, node.name, checker.getSymbolAtLocation(node.name), accessOf(node));
    else if (ts.isElementAccessExpression(node)) elementAccess(node);
    else if (ts.isObjectBindingPattern(node)) bindingPattern(node);
    else if (ts.isObjectLiteralExpression(node)) updateData(node);
    if (ts.isExpression(node)) enumValues(node);
    ts.forEachChild(node, visit);
  }

  for (const sourceFile of program.getSourceFiles()) {
    if (roots.has(path.resolve(sourceFile.fileName)) && !sourceFile.isDeclarationFile) visit(sourceFile);
  }
  return uses.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

module.exports = { createScanProgram, officeApiUses, projectFiles };
