// Public entry for the safety-plan engine: model, envelope, crypto and store. DOM-free.
export * from './model.js';
export * from './envelope.js';
export * from './crypto.js';
export * from './store.js';
