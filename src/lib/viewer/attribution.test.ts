import { describe, expect, it } from 'vitest';
import { attribution, attributionLine, webUrl } from './attribution';

describe('webUrl', () => {
	it('keeps http and https addresses', () => {
		expect(webUrl('https://www.nippon.com/en/in-depth/d01034/')).toBe(
			'https://www.nippon.com/en/in-depth/d01034/'
		);
		expect(webUrl(' HTTP://example.org/a?b=c ')).toBe('http://example.org/a?b=c');
	});

	it('refuses every other scheme and disguised ones', () => {
		for (const bad of [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'//evil.example/',
			'/relative/path',
			'https://exa mple.org/',
			'https://example.org/\u0000',
			'http://',
			''
		])
			expect(webUrl(bad), bad).toBeUndefined();
		expect(webUrl(undefined)).toBeUndefined();
	});
});

describe('attribution', () => {
	const source = {
		title: 'NATO and Japan',
		author: 'Tsuruoka Michito',
		publisher: 'Nippon.com',
		date: '2024',
		url: 'https://www.nippon.com/en/in-depth/d01034/'
	};

	it('names author, publisher and date, and links a web address', () => {
		expect(attribution(source)).toEqual({
			title: 'NATO and Japan',
			byline: 'Tsuruoka Michito · Nippon.com · 2024',
			url: 'https://www.nippon.com/en/in-depth/d01034/'
		});
		expect(attributionLine(source)).toBe(
			'NATO and Japan — Tsuruoka Michito · Nippon.com · 2024 — https://www.nippon.com/en/in-depth/d01034/'
		);
	});

	it('shows a script URL as text, never as a link', () => {
		const a = attribution({ title: 'T', url: 'javascript:alert(1)' });
		expect(a.url).toBeUndefined();
		expect(a.unlinked).toBe('javascript:alert(1)');
		expect(a.byline).toBe('');
	});
});
