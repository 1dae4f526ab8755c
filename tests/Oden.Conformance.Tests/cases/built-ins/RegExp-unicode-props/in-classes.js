// Properties combined with ranges and escapes in classes (u flag).
const text = 'abc XYZ 123 αβγ ΑΒΓ жзи 😀 𝐀𝐁 _-+';
const res = [/[\p{Ll}\d]+/gu, /[\p{Lu}_]+/gu, /[\p{Script=Greek}\p{Script=Cyrillic}]+/gu, /[a-c\p{N}]+/gu, /[^\p{L}\s]+/gu,
  /[\p{Emoji_Presentation}\p{Lu}]/gu, /[\P{L}\-]/gu, /[\w\p{Script=Greek}]+/gu];
for (const src of ['[\\P{L}--]', '[\\w\\p{Greek}]', '[\\p{Latin}]', '[\\p{sc=Latin}]']) {
  try { console.log(src, new RegExp(src, 'u').test('a')); } catch (e) { console.log(src, e.constructor.name); }
}
for (const re of res) {
  try { console.log(String(re), JSON.stringify(text.match(re))); } catch (e) { console.log(String(re), e.constructor.name); }
}
