import { CodedError } from "../../src/core/codedError";

interface ExampleParameters {
  tooFew: { count: number; minimum: number };
}

class ExampleError extends CodedError<ExampleParameters> {
  override readonly name = "ExampleError";
}

describe("CodedError", () => {
  it("carries its code and parameters, and names both in its message for logs", () => {
    const error = new ExampleError("tooFew", { count: 2, minimum: 10 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(CodedError);
    expect(error.name).toBe("ExampleError");
    expect(error.code).toBe("tooFew");
    expect(error.params).toEqual({ count: 2, minimum: 10 });
    expect(error.message).toBe('tooFew: {"count":2,"minimum":10}');
  });
});
