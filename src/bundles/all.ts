// Entry of dist/no-wrong-door.all.iife.js: every element in one classic script, for hosts that can
// upload only one file (window.NoWrongDoor: registerStrings, VERSION, element classes).
export * from '../index.js';
