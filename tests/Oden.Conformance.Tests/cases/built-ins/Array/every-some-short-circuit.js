function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('some stops', function () { var n = 0; [1, 2, 3].some(function (x) { n++; return x === 2; }); return n; });
t('every stops', function () { var n = 0; [1, 2, 3].every(function (x) { n++; return x < 2; }); return n; });
t('find stops', function () { var n = 0; [1, 2, 3].find(function (x) { n++; return x === 1; }); return n; });
t('findLast stops', function () { var n = 0; [1, 2, 3].findLast(function (x) { n++; return x === 3; }); return n; });
t('includes no callback', function () { return [1, 2].includes(2, -1); });
t('some on empty with holes', function () { return [, , ].some(function () { return true; }); });
t('every returns boolean', function () { return [[1].every(function () { return 'yes'; }), typeof [1].some(function () { return 1; })]; });
t('callback deleting ahead', function () { var a = [1, 2, 3]; var seen = []; a.every(function (x, i) { seen.push(x); delete a[i + 1]; return true; }); return seen; });
t('callback appending', function () { var a = [1, 2]; var n = 0; a.some(function () { a.push(0); n++; return false; }); return n; });
