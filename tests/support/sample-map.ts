/** One small map that uses every node kind and relation, shared by the exporters' golden tests. */
import { compileText } from './compile-text';

export const SAMPLE_SOURCE =
	'The quick brown fox jumps over the lazy dog. Foxes & dogs <rarely> meet.';

export const sampleMap = () =>
	compileText(
		`===
title: Foxes & dogs
sources:
  - {id: text, title: A sentence, file: text.txt, url: "https://example.org/fox"}
===

# Foxes

[Fox]: Foxes are quick. #position
  + [Jump]: Foxes jump. {source: text, quote: "jumps over"}
  - <Slow>: Some foxes are "slow" & \\<lazy\\>.
    _ [Exception]: Old foxes are an exception. #(needs source)
  >< [Dogs]: Dogs are quicker.

# Reconstruction

<Agile>

(1) [Legs]: Long legs.
(2) [Rare]: They rarely meet dogs. {source: text, quote: "Foxes & dogs <rarely> meet."}
-- Modus ponens --
(3) [Fox]

<Agile>
  _ [Dogs]
`,
		{ 'text.txt': SAMPLE_SOURCE }
	);
