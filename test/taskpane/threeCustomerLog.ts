/** Three customers' purchases, 2024-01-05 … 2024-03-15, as worksheet rows: quick to read and run in the pane tests. */
export const threeCustomerLog: Array<Array<string | number>> = [
  ["Customer", "Date", "Amount"],
  ["Anna", "2024-01-05", 100],
  ["Anna", "2024-02-10", 50],
  ["Bo", "2024-01-20", 80],
  ["Cleo", "2024-03-01", 30],
  ["Bo", "2024-03-15", 20],
];
