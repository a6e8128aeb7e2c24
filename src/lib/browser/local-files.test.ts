import { describe, expect, it } from 'vitest';
import { readFailure, readLocalFiles } from './local-files';

describe('readLocalFiles', () => {
	it('reads every chosen file into its name and bytes, in order', async () => {
		const files = [
			new File(['[A]: a claim.\n'], 'map.argdown'),
			new File([new Uint8Array([0xe6, 0x97, 0xa5])], 'source.txt')
		];
		const read = await readLocalFiles(files);
		expect(read.map((f) => f.name)).toEqual(['map.argdown', 'source.txt']);
		expect(new TextDecoder().decode(read[0]!.bytes)).toBe('[A]: a claim.\n');
		expect([...read[1]!.bytes]).toEqual([0xe6, 0x97, 0xa5]);
	});

	it('reads nothing from no choice', async () => {
		expect(await readLocalFiles(null)).toEqual([]);
		expect(await readLocalFiles([])).toEqual([]);
	});

	it('rejects when a file cannot be read, and says so in words', async () => {
		const broken = new File(['x'], 'gone.txt');
		broken.arrayBuffer = () => Promise.reject(new Error('the file was moved'));
		await expect(readLocalFiles([broken])).rejects.toThrow('the file was moved');
		expect(readFailure(new Error('the file was moved'))).toBe(
			'The file could not be read: the file was moved'
		);
	});
});
