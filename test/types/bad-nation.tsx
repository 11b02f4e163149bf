// Must NOT type-check (issue 16 item 2): react-app.tsx with a misspelt nation ("scotlnd").
// writes it. scripts/check-package.mjs type-checks this in a scratch app against the packed package.
import { useState } from 'react';
import 'no-wrong-door';
import type {} from 'no-wrong-door/jsx';
import type { Finding, Nation, NwdContactDetail, NwdExitDetail, NwdPlanDetail, NwdReviewDetail, Service } from 'no-wrong-door';

const local: Service[] = [];
const nation: Nation = 'wales';

export function Page() {
  const [last, setLast] = useState('');
  return (
    <main>
      <nwd-quick-exit href="https://www.bbc.co.uk/weather" mode="assign" shortcut="esc2" position="bottom" label="Leave now"
        onnwd-exit={(e) => setLast(e.detail.href + e.detail.trigger)} />
      <nwd-find-support nation={nation} age="15" channels="phone text" feed="https://directory.example/services" feed-format="oruk"
        variant="compact" show-filters heading-level={3} services={local}
        onnwd-contact={(e) => setLast(e.detail.channel)} />
      <nwd-language-check audience="public" min-severity="medium" require-review heading-level={2}
        onnwd-review={(e) => setLast(String(e.detail.high))} onnwd-signpost={() => setLast('help offered')}>
        <textarea name="notes" />
      </nwd-language-check>
      <nwd-safety-plan nation="scotlnd" discreet reasons-first lock-after={5} file-name="plan.txt"
        onnwd-plan={(e) => setLast(e.detail.type)} />
      <output>{last}</output>
    </main>
  );
}

// every nwd-* event is in HTMLElementEventMap with its detail
const plan = document.createElement('nwd-safety-plan');
plan.addEventListener('nwd-plan', (e) => { const type: NwdPlanDetail['type'] = e.detail.type; console.log(type); });
document.querySelector('nwd-quick-exit')?.addEventListener('nwd-exit', (e) => { const d: NwdExitDetail = e.detail; e.preventDefault(); console.log(d.href); });
document.body.addEventListener('nwd-contact', (e) => { const d: NwdContactDetail = e.detail; console.log(d.serviceId); });
const check = document.createElement('nwd-language-check');
check.addEventListener('nwd-review', (e) => { const d: NwdReviewDetail = e.detail; console.log(d.low); });
check.addEventListener('nwd-signpost', (e) => console.log(e.detail));
const findings: Finding[] = [];
console.log(findings);
