/** Helpers for the worksheet-function tests: catching the CustomFunctions.Error and faking Office's display language. */

/** Asserts that `call` throws a #VALUE! CustomFunctions.Error whose message contains `text`; returns the message. */
export function expectValueError(call: () => unknown, text: string): string {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CustomFunctions.Error);
  const error = thrown as CustomFunctions.Error;
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toContain(text);
  return error.message ?? "";
}

/** Runs `body` with a global `Office` whose display language is `tag`, and removes it afterwards. */
export function withDisplayLanguage<T>(tag: string, body: () => T): T {
  const global = globalThis as { Office?: unknown };
  global.Office = { context: { displayLanguage: tag } };
  try {
    return body();
  } finally {
    delete global.Office;
  }
}

/** A value as Excel passes it to an argument whose choices AutoComplete offers (a custom enum): any cell value, unchecked. */
export function excelValue<T>(value: unknown): T {
  return value as T;
}
