'use strict';
var s = 'str';
try { s.prop = 1; console.log('no error'); } catch (e) { console.log('string:', e.name); }
var n = 5;
try { n.prop = 1; } catch (e) { console.log('number:', e.name); }
try { s.length = 1; } catch (e) { console.log('length:', e.name); }
try { s[0] = 'x'; } catch (e) { console.log('index:', e.name); }
