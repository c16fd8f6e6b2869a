/**
 * The lower-triangular Cholesky factor L of a symmetric positive-definite matrix A = L Lᵀ (n × n, row-major), or
 * null when A is not positive definite (a pivot ≤ 0 or not finite). Cholesky–Banachiewicz order
 * (Golub & Van Loan 2013, "Matrix Computations", 4th ed., algorithm 4.2.1).
 * @example choleskyFactor(Float64Array.of(4, 2, 2, 3)) // [2, 0, 1, √2]
 */
export function choleskyFactor(matrix: Float64Array): Float64Array | null {
  const size = Math.round(Math.sqrt(matrix.length));
  const factor = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = matrix[i * size + j];
      for (let k = 0; k < j; k += 1) sum -= factor[i * size + k] * factor[j * size + k];
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return null;
        factor[i * size + i] = Math.sqrt(sum);
      } else {
        factor[i * size + j] = sum / factor[j * size + j];
      }
    }
  }
  return factor;
}

/**
 * The inverse of a symmetric positive-definite matrix through its Cholesky factor, or null when the matrix is not
 * positive definite.
 * @example inverseOfPositiveDefinite(Float64Array.of(4, 0, 0, 2)) // [0.25, 0, 0, 0.5]
 */
export function inverseOfPositiveDefinite(matrix: Float64Array): Float64Array | null {
  const factor = choleskyFactor(matrix);
  if (factor === null) return null;
  const size = Math.round(Math.sqrt(matrix.length));
  const inverseFactor = new Float64Array(size * size);
  for (let column = 0; column < size; column += 1) {
    for (let i = column; i < size; i += 1) {
      let sum = i === column ? 1 : 0;
      for (let k = column; k < i; k += 1) sum -= factor[i * size + k] * inverseFactor[k * size + column];
      inverseFactor[i * size + column] = sum / factor[i * size + i];
    }
  }
  const inverse = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      let sum = 0;
      for (let k = Math.max(i, j); k < size; k += 1) sum += inverseFactor[k * size + i] * inverseFactor[k * size + j];
      inverse[i * size + j] = sum;
    }
  }
  return inverse;
}
