// What some old plugins still do: enumerable additions to the built-in prototypes, which every
// for...in loop on the page then visits.
Object.prototype.hostPagePlugin = 'added by the host page';
Array.prototype.hostPageHelper = function () {
  return 'added by the host page';
};
