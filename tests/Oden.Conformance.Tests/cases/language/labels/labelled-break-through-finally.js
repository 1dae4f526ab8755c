var log = [];
outer: for (var i = 0; i < 3; i++) {
  try {
    for (var j = 0; j < 3; j++) {
      try {
        if (j === 1) break outer;
        log.push('body ' + i + j);
      } finally {
        log.push('inner finally ' + i + j);
      }
    }
  } finally {
    log.push('outer finally ' + i);
  }
}
console.log(log.join('\n'));
