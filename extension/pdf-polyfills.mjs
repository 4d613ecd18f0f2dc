// What pdf.js 6 takes for granted and Chrome 116 (the manifest's floor) lacks:
// Promise.withResolvers (Chrome 119). Loaded before pdf.js, in the PDF host
// (bundled: src/pdf-host/index.ts) and in its worker (pdf-worker.mjs).
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
