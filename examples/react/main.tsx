import { createRoot } from 'react-dom/client';
import 'no-wrong-door'; // registers every nwd-* element
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
