import { defineComponent, ref } from 'vue';

// A template compiled in the browser (no plugin needed); in an SFC the markup is the same.
export const App = defineComponent({
  setup() {
    const message = ref('');
    const onExit = (event: Event) => {
      event.preventDefault(); // stay on the page in this example
      message.value = 'exit event received';
    };
    return { message, onExit };
  },
  template: `
    <main>
      <nwd-quick-exit @nwd-exit="onExit"></nwd-quick-exit>
      <nwd-find-support variant="compact" nation="scotland"></nwd-find-support>
      <p id="status" role="status">{{ message }}</p>
    </main>`,
});
