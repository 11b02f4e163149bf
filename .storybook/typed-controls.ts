// Controls typed from custom-elements.json through @wc-toolkit/storybook-helpers: a string attribute
// gets a text box and a union of literals a select, instead of Storybook's "Set object" for
// `string | undefined`. Stories name args in camelCase (showFilters), the manifest in kebab-case
// (show-filters); both spellings are matched. A story's own control (e.g. nation's list) wins.
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json';

type Member = { name: string; attribute?: string; privacy?: string; kind?: string };
type Declaration = { tagName?: string; members?: Member[]; attributes?: { name: string; fieldName?: string }[] };
const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((module) => module.declarations ?? []);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const typedControls: ArgTypesEnhancer = (context) => {
  const tag = context.component;
  const argTypes = { ...context.argTypes };
  if (typeof tag !== 'string' || !customElements.get(tag)) return argTypes;
  const typed = getStorybookHelpers(tag, {
    excludeCategories: ['properties', 'methods', 'events', 'slots', 'cssProps', 'cssParts', 'cssStates'],
  }).argTypes as Record<string, { control?: { type: 'text' | 'select' | 'boolean' | 'number' | 'object' } | false; options?: string[] }>;
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  const attributeOf = new Map((declaration?.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute.name]));
  const privateNames = new Set((declaration?.members ?? []).filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name));
  for (const [key, argType] of Object.entries(argTypes)) {
    // Internal state is not something a designer sets.
    if (privateNames.has(key)) {
      argTypes[key] = { ...argType, control: false, table: { ...argType.table, disable: true } };
      continue;
    }
    const fromManifest = typed[attributeOf.get(key) ?? key] ?? typed[kebab(key)];
    // A property with no attribute (an array of services, say) is documented, not a control.
    if (!fromManifest && !attributeOf.has(key) && !(declaration?.attributes ?? []).some((a) => a.name === key)) {
      const current = argType.control as { type?: string } | string | false | undefined;
      if (current && (typeof current === 'string' ? current : current.type) === 'object') argTypes[key] = { ...argType, control: false };
      continue;
    }
    const current = argType.control as { type?: string } | string | false | undefined;
    const currentType = typeof current === 'string' ? current : current ? current.type : undefined;
    if (!fromManifest?.control || (currentType && currentType !== 'object')) continue;
    argTypes[key] = { ...argType, control: fromManifest.control, ...(fromManifest.options ? { options: fromManifest.options } : {}) };
  }
  // Whatever is left as "Set object" (arrays of services, string tables, events) is documented in
  // the table, not offered as a control: a designer cannot type JSON into it.
  for (const [key, argType] of Object.entries(argTypes)) {
    const control = argType.control as { type?: string } | string | false | undefined;
    const controlType = typeof control === 'string' ? control : control ? control.type : undefined;
    const typeName = (argType.type as { name?: string } | undefined)?.name;
    const wouldBeObject = control === undefined && !['string', 'boolean', 'number', 'enum'].includes(typeName ?? '');
    // (without an SBType, Storybook's later inference cannot put the object control back; the table keeps the type text)
    if (controlType === 'object' || wouldBeObject) argTypes[key] = { ...argType, control: false, type: undefined };
  }
  return argTypes;
};
// Run after Storybook's own control inference (which is what produces "Set object").
typedControls.secondPass = true;
