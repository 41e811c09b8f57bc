// Zapier's runtime loads the app with require('./index.js'): this is the compiled index.ts.
module.exports = require('./dist/index.js').default;
