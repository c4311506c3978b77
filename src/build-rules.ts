// Run by `npm run build` after the compiler: writes dist/rules.json, the default rule tables
// parsed, which loadRules takes instead of the YAML while their sha256 matches.
import { writeParsedTables } from './model/rules.js';

writeParsedTables();
