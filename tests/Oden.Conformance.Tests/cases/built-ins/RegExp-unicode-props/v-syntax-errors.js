// Early errors of v-mode classes.
function t(src) { try { new RegExp(src, 'v'); return 'ok'; } catch (e) { return e.constructor.name; } }
const sources = ['[a-z&&b]', '[a&&b--c]', '[a--b&&c]', '[a&&&b]', '[(]', '[)]', '[{]', '[}]', '[/]', '[|]', '[a-]', '[-a]',
  '[a!!b]', '[a##b]', '[a$$b]', '[a%%b]', '[a**b]', '[a++b]', '[a,,b]', '[a..b]', '[a::b]', '[a;;b]', '[a<<b]', '[a==b]', '[a>>b]', '[a??b]', '[a@@b]', '[a^^b]', '[a``b]', '[a~~b]',
  '[a!b]', '[\\!]', '[\\&]', '[\\-]', '[\\q{a|b}]', '[^\\q{ab}]', '[^\\q{a}]', '[^[\\q{ab}]]', '\\q{a}', '[\\q{a]', '[[a-z]--]', '[--a]', '[a&&]',
  '\\P{Basic_Emoji}', '[^\\p{L}]', '[[a]&&[b]]', '[a-z--b]', '[\\d-z]', '[z-a]'];
for (const s of sources) console.log(s.padEnd(16), t(s));
