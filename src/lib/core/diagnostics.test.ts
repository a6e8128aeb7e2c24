import { describe, expect, it } from 'vitest';
import { error, formatDiagnostic } from './diagnostics';

describe('formatDiagnostic', () => {
	it('writes the control characters a map’s own text brings as escapes, on one line', () => {
		const d = error(
			'source-missing',
			'map\u001b[31m.argdown',
			{ line: 3, column: 5 },
			'Source file "src.txt\u0000../../x" was not found.',
			'A hint\u2028on one line.'
		);
		expect(formatDiagnostic(d)).toBe(
			'map\\u001b[31m.argdown:3:5 error source-missing Source file "src.txt\\u0000../../x" was not found.\n  hint: A hint\\u2028on one line.'
		);
	});
});
