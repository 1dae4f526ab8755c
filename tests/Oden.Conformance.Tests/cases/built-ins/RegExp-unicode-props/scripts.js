// Script= and sc= with long names and four-letter codes.
const text = 'Hello Привет Γειά שלום مرحبا नमस्ते こんにちは カタカナ 漢字 한국어 ไทย ქართული Ἀθῆναι 123 ・ー';
const scripts = ['Latin', 'Latn', 'Cyrillic', 'Cyrl', 'Greek', 'Grek', 'Hebrew', 'Hebr', 'Arabic', 'Arab', 'Devanagari', 'Deva',
  'Hiragana', 'Hira', 'Katakana', 'Kana', 'Han', 'Hani', 'Hangul', 'Hang', 'Thai', 'Georgian', 'Geor', 'Common', 'Zyyy', 'Inherited', 'Zinh', 'Qaai'];
for (const s of scripts) {
  const m = text.match(new RegExp('\\p{Script=' + s + '}+', 'gu'));
  const n = text.match(new RegExp('\\p{sc=' + s + '}', 'gu'));
  console.log(s, JSON.stringify(m), n ? n.length : 0);
}
