// require(esm) (Node 20.19+): a CommonJS file loads the ESM-only client.
const assert = require('node:assert/strict');
const client = require('konan-react/client');
assert.equal(typeof client.createKonanClient, 'function');
assert.equal(typeof client.KonanError, 'function');
// The fixture has no React and no msw: the client and emulator above loaded without them.
for (const name of ['react', 'msw']) {
  assert.throws(() => require.resolve(name), { code: 'MODULE_NOT_FOUND' }, `${name} is installed`);
}
console.log('require(konan-react/client) ok');
