/**
 * URL-safe ids from titles. Keeps letters and digits of every script (so
 * Japanese titles stay readable in permalinks) and joins the rest with '-'.
 */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'node';
}

/** Hands out slugs that are unique within one map, in the order asked. */
export function createIdAllocator(): (title: string) => string {
	const taken = new Set<string>();
	return (title) => {
		const base = slugify(title);
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	};
}
