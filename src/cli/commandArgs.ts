import { parseArgs, type ParseArgsConfig } from "node:util";

/** A mistake Node's argument parser finds, as data: each command words it in its own texts. */
export type ArgsProblem =
  | { code: "unknownOption"; option: string }
  | { code: "missingValue"; option: string }
  | { code: "takesNoValue"; option: string }
  | { code: "unexpectedArgument"; argument: string };

/** The option a parseArgs error names ('--colour'), for the message. */
function namedOption(message: string): string {
  return /'(-[^' ]+)/.exec(message)?.[1] ?? message;
}

/**
 * A command's arguments parsed by Node's parseArgs (strict, positionals allowed); a mistake becomes the command's own
 * error through `fail`, so every command words unknown options, missing values and stray arguments alike.
 * @example parseCommandArgs(["sql", "--table", "t"], { table: { type: "string" } }, (problem) => new Error(problem.code)).values.table // "t"
 */
export function parseCommandArgs<Options extends NonNullable<ParseArgsConfig["options"]>>(argv: readonly string[], options: Options, fail: (problem: ArgsProblem) => Error) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw fail({ code: "unknownOption", option: namedOption(message) });
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && message.includes("argument missing")) throw fail({ code: "missingValue", option: namedOption(message) });
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw fail({ code: "takesNoValue", option: namedOption(message) });
    throw fail({ code: "unexpectedArgument", argument: message });
  }
}
