/** `table[key]` for the table's own keys only: data may well say "constructor" or "__proto__". */
export const ownValue = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** An attribute-like setting as text, whatever a script assigned (`el.lang = 5`); undefined when blank. */
export const settingText = (value: unknown): string | undefined => (value == null ? undefined : String(value).trim() || undefined);

/** A keyword setting ("Map ", "KM") as it is compared: spaces around it ignored, in lower case. */
export const keyword = (value: unknown): string => String(value ?? '').trim().toLowerCase();
