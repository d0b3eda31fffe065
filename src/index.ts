// Library entry: the pipeline stages as plain functions, for embedding gatehouse in other tools.
export * from './pipeline/index.js';
