import { useState } from 'react';
import type {} from 'no-wrong-door/jsx'; // JSX types for nwd-* (attributes as unions, onnwd-* events)

// React 19 passes attributes to custom elements and listens with `on` + the exact event name.
export function App() {
  const [message, setMessage] = useState('');
  return (
    <main>
      <nwd-quick-exit
        onnwd-exit={(event: Event) => {
          event.preventDefault(); // stay on the page in this example
          setMessage('exit event received');
        }}
      />
      <nwd-find-support variant="compact" nation="scotland" />
      <p id="status" role="status">{message}</p>
    </main>
  );
}
