/**
 * `hasChanged` of the data properties: setting the same array again, after pushing to it, is a new
 * load (Lit would skip a value identical to the old one).
 */
export const setAgain = (): boolean => true;
