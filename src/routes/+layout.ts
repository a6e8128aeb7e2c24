// Every page is prerendered into a static site.
export const prerender = true;
export const trailingSlash = 'always';
