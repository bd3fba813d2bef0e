/** `table[key]` for the table's own keys only: data may well say "constructor" or "__proto__". */
export const ownValue = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
