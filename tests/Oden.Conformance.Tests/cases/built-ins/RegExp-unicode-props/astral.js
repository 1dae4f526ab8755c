// Astral code points in properties, ranges and sets.
const s = '𝐀𝐁𝐂 abc 𝟎𝟏 😀😃 𠀀𠀁';
console.log(JSON.stringify(s.match(/\p{Lu}/gu)), JSON.stringify(s.match(/\p{Nd}/gu)), JSON.stringify(s.match(/\p{Emoji_Presentation}/gu)));
console.log(JSON.stringify(s.match(/\p{Script=Han}+/gu)), JSON.stringify(s.match(/\p{Ideographic}/gu)));
console.log(JSON.stringify(s.match(/[\u{1D400}-\u{1D402}]+/gu)), JSON.stringify(s.match(/[\p{Lu}--[\u{1D401}]]/gv)));
console.log(s.replace(/\p{L}/gu, '.'), s.replace(/\P{L}/gu, '_'));
console.log(Array.from(s.matchAll(/\p{N}/gu), m => m.index).join());
