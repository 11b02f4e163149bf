// Entry of the script-tag bundles (dist/no-wrong-door.js and .iife.js): everything, registered.
// The IIFE exposes this module as window.NoWrongDoor (registerStrings, VERSION, element classes).
export * from './index.js';
