// lunr-languages ships no types for its per-file modules; each one is a plugin installer.
declare module 'lunr-languages/lunr.stemmer.support.js' {
	const install: (lunr: unknown) => void;
	export default install;
}
declare module 'lunr-languages/tinyseg.js' {
	const install: (lunr: unknown) => void;
	export default install;
}
declare module 'lunr-languages/lunr.ja.js' {
	const install: (lunr: unknown) => void;
	export default install;
}
