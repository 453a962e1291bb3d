#!/usr/bin/env node
import { consoleOutput } from './output.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), consoleOutput);
