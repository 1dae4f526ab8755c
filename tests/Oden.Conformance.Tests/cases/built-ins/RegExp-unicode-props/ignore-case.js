// Properties under the i flag.
console.log(/\p{Lu}/ui.test('a'), /\p{Ll}/ui.test('A'), /^\p{Lu}+$/ui.test('Hello'), /\P{Lu}/ui.test('a'));
console.log(/\p{Script=Greek}/ui.test('Σ'), /\p{Script=Greek}/ui.test('ς'), /[\p{Lu}]/ui.test('z'));
console.log('ÀÉÎõü'.match(/\p{Ll}/giu).join(''), 'Straße'.match(/\p{Lu}/giu).length);
console.log(/^[\p{ASCII}&&\p{L}]+$/vi.test('AbC'), /^[\p{Lu}--[A-M]]+$/v.test('NOP'), /^[\p{Lu}--[A-M]]+$/v.test('ANOP'));
