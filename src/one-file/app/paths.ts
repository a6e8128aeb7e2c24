/**
 * `$app/paths` for the one-file viewer. The file has no site around it: every
 * route of the site resolves to the file itself with no view state, which is
 * where its home link (the map's opening view) should go.
 */
export const base = '';
export const assets = '';
export const resolve = (..._route: unknown[]): string => '?';
