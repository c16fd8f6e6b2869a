import { parseCommandArgs, type ArgsProblem } from "../../src/cli/commandArgs";

describe("parseCommandArgs", () => {
  const options = { table: { type: "string" }, json: { type: "boolean", default: false } } as const;
  const problem = (argv: string[]): ArgsProblem | undefined => {
    try {
      parseCommandArgs(argv, options, (found) => Object.assign(new Error(found.code), { found }));
      return undefined;
    } catch (error) {
      return (error as { found: ArgsProblem }).found;
    }
  };

  it("parses the options and positionals", () => {
    const { values, positionals } = parseCommandArgs(["sql", "--table", "t", "--json"], options, () => new Error("no"));
    expect(values).toEqual({ table: "t", json: true });
    expect(positionals).toEqual(["sql"]);
  });

  it("names each kind of mistake with the option it is about", () => {
    expect(problem(["--colour"])).toEqual({ code: "unknownOption", option: "--colour" });
    expect(problem(["--table"])).toEqual({ code: "missingValue", option: "--table" });
    expect(problem(["--json=yes"])).toEqual({ code: "takesNoValue", option: "--json" });
  });
});
