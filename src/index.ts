// The library API.
export { extractFile, buildDocument, type ExtractOptions } from './pipeline.js';
export { PlanDocument, planDocumentJsonSchema } from './model/schema.js';
export type * from './model/schema.js';
export { loadRules, type RuleSet } from './model/rules.js';
export { evaluate, type Evaluation } from './evaluate/index.js';
