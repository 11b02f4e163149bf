import { createApp } from 'vue';
import 'no-wrong-door'; // registers every nwd-* element
import { App } from './App';

const app = createApp(App);
// Tell Vue's template compiler that nwd-* tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('nwd-');
app.mount('#app');
