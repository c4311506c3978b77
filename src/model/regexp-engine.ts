// Imported for its effect by the threads that run the pipeline (the batch's workers, the benchmark).
// V8 first runs a regular expression as bytecode and compiles it to machine code when it runs
// again. For the rule tables' large alternations of verbs the bytecode is the dearer of the two
// (27 ms against 4 for one expression), and every worker paid it for each of some forty of them
// before its first document was out. Compiled straight to machine code, a regular expression
// matches the same strings: only the time to the first match changes.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
