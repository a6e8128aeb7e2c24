/** A count with its noun in the right number: "1 position", "3 positions", "2 evidence". */
export function counted(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
