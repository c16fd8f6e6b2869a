/**
 * The `CustomFunctions` global that Excel's custom-functions runtime provides (CustomFunctionsRuntime 1.3),
 * recreated for jest so the worksheet functions can be called directly. It mirrors the runtime's shape
 * (`new CustomFunctions.Error(code, message)` with the `ErrorCode` string values from @types/custom-functions-runtime).
 */
class CustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

const runtime = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = runtime;
