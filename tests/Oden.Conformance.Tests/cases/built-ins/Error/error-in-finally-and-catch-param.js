var captured;
try {
  try {
    throw new TypeError('inner');
  } finally {
    captured = 'finally ran';
  }
} catch (e) {
  console.log(captured, e.name, e.message);
}
try {
  throw new Error('x');
} catch (e) {
  e.extra = 'added';
  console.log(e.extra, Object.keys(e).join(','));
}
