/** Helpers for the worksheet-function tests: catching the CustomFunctions.Error and faking Office's display language. */

/** Asserts that `call` throws a #VALUE! CustomFunctions.Error whose message contains `text`; returns the message. */
export function expectValueError(call: () => unknown, text: string): string {
  return valueErrorMessage(thrownBy(call), text);
}

/** Asserts that `thrown` is a CustomFunctions.Error (any code); returns it. */
function functionsError(thrown: unknown): CustomFunctions.Error {
  expect(thrown).toBeInstanceOf(CustomFunctions.Error);
  return thrown as CustomFunctions.Error;
}

/** Asserts that `thrown` is a #VALUE! CustomFunctions.Error whose message contains `text`; returns the message. */
function valueErrorMessage(thrown: unknown, text: string): string {
  const error = functionsError(thrown);
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toContain(text);
  return error.message ?? "";
}

/** What `call` threw; undefined when it returned. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Runs `body` with a global `Office` whose display language is `tag`, and removes it afterwards. */
export function withDisplayLanguage<T>(tag: string, body: () => T): T {
  return withOffice({ displayLanguage: tag }, body);
}

/**
 * Runs `body` with a global `Office` as the custom-functions runtime gives it: the display language, and
 * requirements.isSetSupported answering for CustomFunctionsRuntime up to `customFunctionsRuntime` (default 1.3, the
 * manifest's minimum); removes it afterwards (when a returned Promise has settled).
 */
export function withOffice<T>({ displayLanguage = "en-US", customFunctionsRuntime = "1.3" }: { displayLanguage?: string; customFunctionsRuntime?: string }, body: () => T): T {
  const global = globalThis as { Office?: unknown };
  const minor = (version: string) => Number(version.split(".")[1] ?? 0);
  const isSetSupported = (set: string, version = "1.1") => set === "CustomFunctionsRuntime" && minor(version) <= minor(customFunctionsRuntime);
  global.Office = { context: { displayLanguage, requirements: { isSetSupported } } };
  const remove = () => {
    delete global.Office;
  };
  let result: T;
  try {
    result = body();
  } catch (error) {
    remove();
    throw error;
  }
  // A body that fits in stages (an async worksheet function) keeps Office until it has settled.
  if (result instanceof Promise) return result.finally(remove) as T;
  remove();
  return result;
}

/** A value as Excel passes it to an argument whose choices AutoComplete offers (a custom enum): any cell value, unchecked. */
export function excelValue<T>(value: unknown): T {
  return value as T;
}

/** Asserts that `call` (a worksheet function that fits in stages) rejects with a #VALUE! CustomFunctions.Error whose message contains `text`; returns the message. */
export async function expectRejectedValueError(call: () => Promise<unknown>, text: string): Promise<string> {
  return valueErrorMessage(await rejection(call), text);
}

/** Asserts that `call` throws or rejects with a CustomFunctions.Error (any code); returns it. */
export async function expectRejectedFunctionsError(call: () => unknown): Promise<CustomFunctions.Error> {
  return functionsError(await rejection(call));
}

/** What `call` threw or its Promise rejected with; undefined when it settled without. */
async function rejection(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}
