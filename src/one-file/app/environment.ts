/** `$app/environment` for the one-file viewer: it only ever runs in a browser, built for readers. */
export const browser = true;
export const dev = false;
export const building = false;
export const version = 'one-file';
