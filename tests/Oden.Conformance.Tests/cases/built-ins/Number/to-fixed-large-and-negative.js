function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('large', function () { return [(1e20).toFixed(2), (123456789012345680000).toFixed(0), (9.999e20).toFixed(1)]; });
t('negative rounding', function () { return [(-1.005).toFixed(2), (-0.0001).toFixed(2), (-2.5).toFixed(0), (-0.5).toFixed(0)]; });
t('tiny', function () { return [(1e-10).toFixed(5), (1e-10).toFixed(20), (0.000001).toFixed(100).length]; });
t('exact binary', function () { return [(0.125).toFixed(2), (0.375).toFixed(2), (2.675).toFixed(2), (1.45).toFixed(20)]; });
t('integers', function () { return [(42).toFixed(3), (0).toFixed(0), (-0).toFixed(0)]; });
