import { InputError, type InputErrorCode } from "../../src/core/inputError";

/** Asserts that `calculate` throws an InputError with this code and argument, and returns it for further checks. */
export function expectInputError(calculate: () => unknown, code: InputErrorCode, argument: string): InputError {
  let thrown: unknown;
  try {
    calculate();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InputError);
  const inputError = thrown as InputError;
  expect({ code: inputError.code, argument: inputError.argument }).toEqual({ code, argument });
  return inputError;
}
