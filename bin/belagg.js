#!/usr/bin/env node
// The `belagg` command: runs the compiled CLI (npm install compiles src/ into dist/ through the prepare script).
import '../dist/cli/main.js';
