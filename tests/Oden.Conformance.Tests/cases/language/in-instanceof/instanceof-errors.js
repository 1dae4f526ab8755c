try { ({}) instanceof {}; } catch (e) { console.log('rhs object:', e.name); }
try { ({}) instanceof 5; } catch (e) { console.log('rhs number:', e.name); }
var arrow = () => {};
try { console.log(({}) instanceof arrow); } catch (e) { console.log('arrow:', e.name); }
function F() {}
F.prototype = 3;
try { ({}) instanceof F; } catch (e) { console.log('bad prototype:', e.name); }
console.log(3 instanceof F);
