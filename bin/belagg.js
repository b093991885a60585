#!/usr/bin/env node
// The `belagg` command: runs the compiled CLI (npm install compiles src/ into dist/ through the prepare script).
// Libraries read NODE_ENV when they load: graphql-js, unless told it runs in production, checks every failed
// instanceof for a second copy of itself (a few per cent of the API's CPU). A caller's own NODE_ENV wins.
process.env.NODE_ENV ??= 'production';
await import('../dist/cli/main.js');
